import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/**
 * The message catalogues, compiled at build time (lib/i18n/precompile-loader.cjs) so that pages ship
 * use-intl's format-only runtime instead of intl-messageformat. next-intl's own `precompile` option
 * does the same but emits JavaScript, which the catalogues' `with { type: "json" }` imports refuse.
 */
const CATALOGUES = /(^|\/)(messages\/(fr|en)|lib\/(procedure|resolution)\/messages)\/[^/]+\.json$/;

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The server (server/) owns the database; pages never bundle these.
  serverExternalPackages: ["better-sqlite3", "@prisma/client", "@prisma/adapter-better-sqlite3"],
  experimental: {
    // The stylesheet in the page's <head> instead of a request of its own: on a phone's 3G link each
    // request costs its latency (2 s on DevTools' Slow 3G) before the page can paint; ~8 KB gzip.
    inlineCss: true,
  },
  typescript: {
    // `npm test` type-checks the whole tree with tsc; the build need not do it twice.
    ignoreBuildErrors: true,
  },
  turbopack: {
    rules: {
      "*.json": {
        loaders: ["./lib/i18n/precompile-loader.cjs"],
        condition: { path: CATALOGUES },
        as: "*.json",
      },
    },
    resolveAlias: {
      // Precompiled messages need only use-intl's format-only runtime (next-intl's `precompile` option does the same).
      "use-intl/format-message": "./node_modules/use-intl/dist/esm/production/format-message/format-only.js",
    },
  },
};

export default withNextIntl(nextConfig);
