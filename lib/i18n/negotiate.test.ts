import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./negotiate";

describe("negotiateLocale", () => {
  it.each([
    ["zh-TW", "zh-Hant"],
    ["zh-HK,zh;q=0.9", "zh-Hant"],
    ["zh-MO", "zh-Hant"],
    ["zh-Hant-TW,en;q=0.5", "zh-Hant"],
    ["zh-hant", "zh-Hant"],
    ["zh-CN,zh;q=0.9,en;q=0.8", "zh-Hans"],
    ["zh-SG", "zh-Hans"],
    ["zh", "zh-Hans"],
    ["zh-Hans-CN", "zh-Hans"],
    ["en-US,en;q=0.9", "zh-Hans"],
    ["", "zh-Hans"],
  ])("%s → %s", (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });

  it("respects quality order over list order", () => {
    expect(negotiateLocale("zh-CN;q=0.5,zh-TW;q=0.9")).toBe("zh-Hant");
    expect(negotiateLocale("zh-TW;q=0.1,zh-CN")).toBe("zh-Hans");
  });

  it("ignores entries with q=0 and survives junk", () => {
    expect(negotiateLocale("zh-TW;q=0,zh-CN")).toBe("zh-Hans");
    expect(negotiateLocale(";;;,,q=abc")).toBe("zh-Hans");
    expect(negotiateLocale(null)).toBe("zh-Hans");
  });
});
