import type { MiddlewareHandler } from "hono";
import { secureHeaders } from "hono/secure-headers";
import { errorResponse } from "./errors";

/** CSP without inline scripts; `blob:` and `data:` images are proof thumbnails made on the device. */
export const securityHeaders = () =>
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
    strictTransportSecurity: false,
  });

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
