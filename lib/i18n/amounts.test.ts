import { describe, expect, it } from "vitest";
import { formatYuan } from "./amounts";

describe("formatYuan", () => {
  it("writes round amounts from 10,000 in 万 and the rest in digits", () => {
    expect(formatYuan(20_000, "zh-Hans")).toBe("2万元");
    expect(formatYuan(15_000, "zh-Hans")).toBe("1.5万元");
    expect(formatYuan(50_000, "zh-Hant")).toBe("5萬元");
    expect(formatYuan(10_000_000, "zh-Hans")).toBe("1000万元");
    expect(formatYuan(5_000, "zh-Hans")).toBe("5000元");
    expect(formatYuan(12_345, "zh-Hans")).toBe("12,345元");
    expect(formatYuan(800, "zh-Hant")).toBe("800元");
  });
});
