import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The server (server/) owns the database; pages never bundle these.
  serverExternalPackages: ["better-sqlite3", "@prisma/client", "@prisma/adapter-better-sqlite3"],
  typescript: {
    // `npm test` type-checks the whole tree with tsc; the build need not do it twice.
    ignoreBuildErrors: true,
  },
};

export default withNextIntl(nextConfig);
