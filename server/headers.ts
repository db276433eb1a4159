// Security headers on every answer, API and app alike; `vite preview` sends the same ones, so the
// whole browser test suite runs under the production policy.
//
// The Content-Security-Policy fits the built app: its scripts, styles, icons, manifest and
// service worker come from this origin, it talks only to this origin, and it has no inline
// script. Solid sets inline styles through the CSSOM (element.style), which style-src does not
// govern; the QR scanner's camera stream is set as `srcObject`, not a URL; photos and exports
// shown from IndexedDB are blob: URLs; a quote's PDF is printed from a hidden frame holding its
// blob: URL (the only frame the app opens), and the PDF engine decodes PNG images (logo,
// signature) in a worker it starts from a blob: URL of its own code.
import type { MiddlewareHandler } from 'hono';

/** The policy, directive by directive. */
const POLICY: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data: blob:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'media-src': "'self' blob:",
  'worker-src': "'self' blob:",
  'manifest-src': "'self'",
  'object-src': "'none'",
  'frame-src': 'blob:',
  'base-uri': "'none'",
  'form-action': "'self'",
  'frame-ancestors': "'none'",
};

/** Browser features: the camera for this origin (QR scanner, photos), nothing else unused. */
const PERMISSIONS = [
  'camera=(self)',
  'microphone=()',
  'geolocation=()',
  'payment=()',
  'usb=()',
  'serial=()',
  'bluetooth=()',
  'hid=()',
  'midi=()',
  'display-capture=()',
];

/** Every security header and its value. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': Object.entries(POLICY)
    .map(([directive, value]) => `${directive} ${value}`)
    .join('; '),
  'Permissions-Policy': PERMISSIONS.join(', '),
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Sets the security headers on the way out (errors and 304s included). */
export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
};
