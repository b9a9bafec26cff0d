import { afterEach, describe, expect, it, vi } from "vitest";
import { configuredOrigin } from "./origin";

describe("configuredOrigin", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("reads SITE_URL on every call, without a trailing slash", () => {
    vi.stubEnv("SITE_URL", "https://one.example/");
    expect(configuredOrigin()).toBe("https://one.example");
    vi.stubEnv("SITE_URL", "https://two.example");
    expect(configuredOrigin()).toBe("https://two.example");
  });

  it("falls back to localhost on PORT when SITE_URL is unset", () => {
    vi.stubEnv("SITE_URL", "");
    vi.stubEnv("PORT", "4321");
    expect(configuredOrigin()).toBe("http://localhost:4321");
  });
});
