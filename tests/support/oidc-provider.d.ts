// oidc-provider ships no type declarations; the tests use it only to stand up a real provider on loopback.
declare module 'oidc-provider';
