import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [".next/**", "node_modules/**", "next-env.d.ts", "test-results/**", "playwright-report/**", "e2e-output/**", "public/assets/**"],
  },
  {
    // CommonJS on purpose: next.config.js and the header list it shares with proxy.ts.
    files: ["next.config.js", "lib/http/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // lib/answers, lib/rules and lib/sources are plain TypeScript shared by pages, API and tests.
    files: ["lib/answers/**", "lib/rules/**", "lib/sources/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: ["next", "next/*", "react", "react/*", "next-intl", "next-intl/*", "@/app/*", "@/components/*"] },
      ],
    },
  },
];

export default config;
