import type { Translation } from "./define";
import type { fr } from "./fr";

/** English has exactly the reference catalogue's keys (typed from fr.ts, not index.ts: no cycle). */
export const en: Translation<typeof fr> = {
  "app.name": "Skillfolio",
  "app.tagline": "Your journey and your skills, always with you.",
  "app.skipToContent": "Skip to content",
  "app.loading": "Loading…",
  "app.screenLoadFailed":
    "This screen could not load. Check your connection, then reload the page.",
  "app.reload": "Reload",
  "app.storageFailed":
    "This device's storage is not responding. Close other Skillfolio tabs, then reload the page.",
  "app.update.available": "A new version is available.",
  "app.update.reload": "Reload",
  "app.offlineReady": "The app now works offline.",
  "app.notFound.title": "Page not found",
  "app.notFound.body": "This address does not match any Skillfolio page.",
  "app.notFound.back": "Back to the start",

  "status.online": "Online",
  "status.offline": "Offline",
  "status.offlineCachedUser": "You are offline: the details shown are from {date}.",

  "language.label": "Language",
  "language.current": "Current language: {language}",
  "language.fr": "Français",
  "language.en": "English",

  "nav.label": "Main navigation",
  "nav.experiences": "Experiences",
  "nav.competencies": "Competencies",
  "nav.proofs": "Proofs",
  "nav.cvs": "CVs",
  "nav.sharing": "Sharing",
  "nav.account": "Account",
  "nav.caseload": "Shared portfolios",
  "nav.unreadComments": {
    one: "{count} unread comment",
    other: "{count} unread comments",
  },

  "section.experiences.title": "Experiences",
  "section.competencies.title": "Competencies",
  "section.proofs.title": "Proofs",
  "section.cvs.title": "CVs",
  "section.sharing.title": "Sharing",

  "auth.email": "Email address",
  "auth.password": "Password",
  "auth.passwordHint": "At least {min} characters. An easy-to-remember phrase works well.",
  "auth.displayName": "Display name",
  "auth.displayNameHint": "The name people you share your portfolio with will see.",
  "signIn.title": "Sign in",
  "signIn.intro": "Sign in to get back to your portfolio.",
  "signIn.submit": "Sign in",
  "signIn.pending": "Signing in…",
  "signIn.noAccount": "No account yet?",
  "signIn.toSignUp": "Create an account",
  "signUp.title": "Create an account",
  "signUp.intro": "A free account to gather your journey, your competencies and their proofs.",
  "signUp.submit": "Create my account",
  "signUp.pending": "Creating the account…",
  "signUp.haveAccount": "Already have an account?",
  "signUp.toSignIn": "Sign in",

  "account.title": "My account",
  "account.identity": "Identity",
  "account.email": "Email address",
  "account.role": "Account type",
  "account.role.person": "Person",
  "account.role.adviser": "Adviser",
  "account.role.admin": "Administrator",
  "account.name.title": "Change the display name",
  "account.name.submit": "Save the name",
  "account.name.saved": "Your name has been saved.",
  "account.password.title": "Change password",
  "account.password.current": "Current password",
  "account.password.new": "New password",
  "account.password.submit": "Change the password",
  "account.password.saved": "Your password has been changed. Your other devices are signed out.",
  "account.language.title": "App language",
  "account.language.submit": "Apply",
  "account.signOut.title": "Sign out",
  "account.signOut.explain":
    "Signing out erases all Skillfolio data from this device. The app stays installed.",
  "account.signOut.submit": "Sign out",
  "account.signOut.pending": "Signing out…",
  "account.signOut.unsynced": {
    one: "{count} change made on this device has not reached the server yet.",
    other: "{count} changes made on this device have not reached the server yet.",
  },
  "account.signOut.unsyncedHint":
    "To keep them, get back online and wait for “Synced” before signing out.",
  "account.signOut.anyway": {
    one: "Sign out anyway ({count} change will be lost)",
    other: "Sign out anyway ({count} changes will be lost)",
  },
  "account.signOut.cancel": "Cancel",
  "form.saving": "Saving…",

  "field.required": "This field is required.",
  "field.emailInvalid": "Enter a valid email address, such as name@example.com.",
  "field.tooLong": { one: "At most {count} character.", other: "At most {count} characters." },
  "field.passwordTooShort": {
    one: "The password must be at least {count} character long.",
    other: "The password must be at least {count} characters long.",
  },
  "field.passwordTooLong": {
    one: "The password must be at most {count} character long.",
    other: "The password must be at most {count} characters long.",
  },
  "field.invalid": "This value is not accepted.",
  "field.text.control":
    "This text holds an invisible control character ({character}), probably from a copy and paste: type it again.",
  "field.text.loneSurrogate":
    "This text holds a broken character ({character}), often half an emoji cut by a copy and paste: type it again.",
  "field.text.bidiControl":
    "This field holds an invisible character that reverses the reading order ({character}): type it again.",
  "form.fixErrors": {
    one: "Fix the highlighted field.",
    other: "Fix the {count} highlighted fields.",
  },

  "error.network": "Cannot reach the server. Check your Internet connection and try again.",
  "error.unexpected": "The server answered in an unexpected way. Try again in a moment.",
  "error.invalid_json": "The request sent was malformed. Reload the page and try again.",
  "error.invalid_input": "Some details are not valid. Check the highlighted fields.",
  "error.unsupported_media_type":
    "The request sent had the wrong format. Reload the page and try again.",
  "error.payload_too_large": "What you are sending is too large.",
  "error.forbidden_origin": "This request came from another site and was refused.",
  "error.cross_site": "Opened from a link on another site: open it from Skillfolio instead.",
  "error.not_found": "What you are looking for does not exist or no longer exists.",
  "error.method_not_allowed": "This action is not possible here.",
  "error.unauthenticated": "Your session has expired. Please sign in again.",
  "error.forbidden": "You do not have access to this information.",
  "error.email_taken": "An account already exists with this email address. Sign in instead.",
  "error.weak_password": "This password is too common and easy to guess. Choose another one.",
  "error.invalid_credentials": "Wrong email address or password.",
  "error.currentPasswordWrong": "The current password is wrong.",
  "error.rate_limited": "Too many attempts. Try again later.",
  "error.rate_limited.wait": {
    one: "Too many attempts. Try again in {count} minute.",
    other: "Too many attempts. Try again in {count} minutes.",
  },
  "error.hash_mismatch": "The file arrived damaged. It will be sent again automatically.",
  "error.second_factor_required": "Enter the six-digit code from your authenticator app.",
  "error.invalid_second_factor": "This code is not valid or has already been used. Try again.",
  "error.second_factor_enrolment_required":
    "Turn on two-step verification before opening shared portfolios.",
  "error.second_factor_not_set_up": "Set up two-step verification first.",
  "error.second_factor_already_enabled": "Two-step verification is already on.",
  "error.enrolment_code_required": "Type the enrolment code your administrator gave you.",
  "error.enrolment_code_invalid":
    "This enrolment code is not the right one. Check it, or ask your administrator for a new one.",
  "error.enrolment_code_expired":
    "This enrolment code has expired (it lasts 72 hours). Ask your administrator for a new one.",
  "error.enrolment_code_used":
    "This enrolment code has already been used. Ask your administrator for a new one.",
  "error.adviser_not_found": "No adviser account uses this email address.",
  "error.not_an_adviser":
    "This address does not belong to an adviser. You can only share with an adviser.",
  "error.share_with_self": "You cannot share your portfolio with yourself.",
  "error.share_exists": "This adviser already has access to this. Revoke that share first.",
  "error.invalid_expiry": "Choose an end date in the future, at most 12 months away.",
  "error.suggestion_not_open": "This suggestion has already been accepted or declined.",
  "error.internal": "The server ran into a problem. Try again in a moment.",
};
