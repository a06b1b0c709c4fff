/**
 * The built web app loads one script and one stylesheet from /assets and talks only to its own
 * origin (fetch and EventSource), so everything is 'self'. Styles set from script (React's `style`
 * prop) go through the CSSOM, which style-src does not restrict. data:/blob: images cover inline
 * icons and downloads the app creates itself.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The headers every answer carries, error answers included. */
export function securityHeaders(options: { https: boolean }): Record<string, string> {
  const headers: Record<string, string> = {
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
  // Only meaningful, and only safe to promise, when the site is served over HTTPS.
  if (options.https) headers['Strict-Transport-Security'] = 'max-age=31536000';
  return headers;
}
