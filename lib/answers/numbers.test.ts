import { describe, expect, it } from "vitest";
import { parseAnswers } from "./parse";

const base = { lender: "haier", days: "45", amount: "20000", contact: "ignoring" };

function parsedField(key: "days" | "amount", raw: string) {
  const result = parseAnswers({ ...base, [key]: raw });
  return result.ok ? { value: result.answers[key] } : { code: result.errors.find((e) => e.path === key)?.code };
}

describe("numbers as people type them", () => {
  it.each([
    ["15", 15],
    [" 15 ", 15],
    ["\t15\n", 15],
    ["1,000", 1000],
    ["1，000", 1000],
    ["12,345", 12345],
    ["1000元", 1000],
    ["1000 元", 1000],
    ["１５", 15],
    ["１，０００元", 1000],
    ["￥2000", 2000],
    ["¥2,000", 2000],
    ["2000块", 2000],
    ["2000块钱", 2000],
    ["2万", 20000],
    ["1.5万", 15000],
    ["1.5万元", 15000],
    ["2萬", 20000],
    ["1.5萬元", 15000],
    ["2000塊", 2000],
    ["2000塊錢", 2000],
    ["15.00", 15],
    ["0015", 15],
    ["1", 1],
    ["10000000", 10_000_000],
    ["10,000,000", 10_000_000],
  ])("amount %j → %d", (raw, value) => {
    expect(parsedField("amount", raw)).toEqual({ value });
  });

  it.each([
    ["0", 0],
    ["45", 45],
    ["45天", 45],
    ["45 日", 45],
    ["３６５０", 3650],
    ["1,000", 1000],
  ])("days %j → %d", (raw, value) => {
    expect(parsedField("days", raw)).toEqual({ value });
  });

  it.each([
    ["", "required"],
    ["   ", "required"],
    ["-5", "too_small"],
    ["－5", "too_small"],
    ["−5", "too_small"],
    ["-1.5", "too_small"],
    ["0", "too_small"],
    ["1.5", "not_integer"],
    ["1000.01", "not_integer"],
    ["1.00005万", "not_integer"],
    ["1e3", "invalid_number"],
    ["1E3", "invalid_number"],
    ["0x10", "invalid_number"],
    ["NaN", "invalid_number"],
    ["Infinity", "invalid_number"],
    ["+5", "invalid_number"],
    ["1,00", "invalid_number"],
    ["1 000", "invalid_number"],
    [".5", "invalid_number"],
    ["5.", "invalid_number"],
    ["abc", "invalid_number"],
    ["万", "invalid_number"],
    ["元", "invalid_number"],
    ["¥", "invalid_number"],
    ["10000001", "too_large"],
    ["1001万", "too_large"],
    ["9".repeat(30), "too_large"],
    ["9".repeat(65), "invalid_number"],
  ])("amount %j → %s", (raw, code) => {
    expect(parsedField("amount", raw)).toEqual({ code });
  });

  it.each([
    ["-1", "too_small"],
    ["3651", "too_large"],
    ["2.5", "not_integer"],
    ["2万", "invalid_number"],
    ["45元", "invalid_number"],
  ])("days %j → %s", (raw, code) => {
    expect(parsedField("days", raw)).toEqual({ code });
  });
});
