import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

const config = [
  ...nextVitals,
  ...nextTs,
  // Layout is Prettier's (npm run format:check); the lint judges code, not spacing.
  prettier,
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "server/db/generated/**",
      "coverage/**",
      "test-results/**",
      "playwright-report/**",
      "data/**",
      "next-env.d.ts",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  {
    // The pure modules are shared by server and browser: no framework, no I/O.
    files: [
      "lib/procedure/**/*.ts",
      "lib/resolution/**/*.ts",
      "lib/protocol/**/*.ts",
      "lib/session/**/*.ts",
      "lib/bots/**/*.ts",
      "lib/util/**/*.ts",
    ],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "next",
                "next/*",
                "react",
                "react-dom",
                "socket.io",
                "socket.io-client",
                "@prisma/*",
                "@/server/*",
                "@/components/*",
                "node:*",
                "fs",
                "path",
              ],
              message: "Pure modules import no framework, no server code and no I/O.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["components/**/*.{ts,tsx}", "app/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@/server/*", "**/server/*"], message: "Components never import server code." }] },
      ],
    },
  },
];

export default config;
