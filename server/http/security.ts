import type { MiddlewareHandler } from "hono";
import { secureHeaders } from "hono/secure-headers";
import { errorResponse } from "./errors";

/** Two years, as browsers' preload lists ask; sent only when the site is served over https. */
export const HSTS = "max-age=63072000; includeSubDomains";

/**
 * CSP without inline scripts; `blob:` and `data:` images are proof thumbnails made on the device.
 * Only the camera is allowed (a proof can be photographed); every other powerful feature is off.
 * `https` (SECURE_COOKIES): browsers are told to use https only, so a first plain-http visit on a
 * hostile network cannot be downgraded.
 */
export const securityHeaders = ({ https }: { https: boolean }) =>
  secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", "data:", "blob:"],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      workerSrc: ["'self'", "blob:"],
      manifestSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    crossOriginOpenerPolicy: "same-origin",
    crossOriginResourcePolicy: "same-origin",
    referrerPolicy: "strict-origin-when-cross-origin",
    xContentTypeOptions: "nosniff",
    xFrameOptions: "DENY",
    strictTransportSecurity: https ? HSTS : false,
    permissionsPolicy: {
      camera: ["self"],
      geolocation: [],
      microphone: [],
      payment: [],
      usb: [],
      serial: [],
      hid: [],
      bluetooth: [],
      midi: [],
      magnetometer: [],
      gyroscope: [],
      accelerometer: [],
      displayCapture: [],
      screenWakeLock: [],
      publickeyCredentialsGet: [],
      browsingTopics: [],
    },
  });

/**
 * API answers that may be stored by a browser or a proxy: they hold nothing personal (the health
 * check, the API description, the public competency reference, which revalidates by ETag).
 * Everything else under /api is about someone and must not outlive the request in any cache.
 */
export const CACHEABLE_API_PATHS = ["/api/health", "/api/openapi.json", "/api/reference"];

export const noStoreForPersonalData = (): MiddlewareHandler => async (c, next) => {
  await next();
  const cacheable = CACHEABLE_API_PATHS.some(
    (path) => c.req.path === path || c.req.path === `${path}/`,
  );
  if (!cacheable) c.header("Cache-Control", "no-store");
};

/** The site's own navigations and fetches; a plain typed address or bookmark says `none`. */
const OWN_FETCH_SITES = new Set(["same-origin", "none"]);

/**
 * A link or form on another site opening an adviser route would still carry the session cookie
 * (SameSite=Lax allows top-level GETs), and the read would land in the person's access log. Such
 * requests are refused before the session is even looked at, so they log and change nothing.
 * Browsers that send no Sec-Fetch-Site (old ones) fall back on the cookie and CSRF rules.
 */
export const refuseCrossSite = (): MiddlewareHandler => async (c, next) => {
  const site = c.req.header("sec-fetch-site");
  if (site !== undefined && !OWN_FETCH_SITES.has(site.toLowerCase())) {
    return errorResponse(
      c,
      403,
      "cross_site",
      "Open the shared portfolio from Skillfolio itself, not from a link on another site.",
    );
  }
  return next();
};

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * CSRF (docs/security.md): a state-changing request must be JSON (or a blob upload, which carries a
 * custom header no form can set) and, when the browser names its origin, come from our own.
 * Behind a proxy that ends TLS, Node sees `http://` while the browser says `https://`: with
 * `SECURE_COOKIES=true` the site is served over https, so that is the scheme our origin has.
 */
export const csrfGuard =
  (options: { https: boolean }): MiddlewareHandler =>
  async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const origin = c.req.header("origin");
    if (origin !== undefined && origin !== ownOrigin(c.req.url, options.https)) {
      return errorResponse(c, 403, "forbidden_origin", "Cross-origin requests are not allowed.");
    }
    const contentType = (c.req.header("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
    const isJson = contentType === "application/json";
    const isBlobUpload = c.req.header("x-skillfolio-upload") === "1";
    if (!isJson && !isBlobUpload) {
      return errorResponse(
        c,
        415,
        "unsupported_media_type",
        "Send the request body as application/json.",
      );
    }
    return next();
  };

/** The origin the browser sees: the Host it asked for, over https when the site is served so. */
function ownOrigin(requestUrl: string, https: boolean): string {
  const url = new URL(requestUrl);
  // Through URL again so that a default port the Host header named (":443") is dropped.
  return new URL(`${https ? "https:" : url.protocol}//${url.host}`).origin;
}
