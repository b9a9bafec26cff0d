import { sourced } from "@/lib/rules/param";

/**
 * Night hours in China, as the industry rules set them: no collection 22:00–08:00 (GB/T 45251—2025,
 * the banking association's 2026 guideline). The time is the local time the message was received.
 */
export const NIGHT = {
  fromHour: sourced(22, ["gbt-45251-2025", "cba-consumer-loan-collection-2026"], "high", "No collection from 22:00 unless both sides agreed otherwise."),
  toHour: sourced(8, ["gbt-45251-2025", "cba-consumer-loan-collection-2026"], "high", "…until 08:00 the next day."),
} as const;

/** "2026-11-30T23:10" (seconds optional): a local time in China, as the form and the API take it. */
export const RECEIVED_AT_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** The hour and minute of a valid local time, or undefined. */
export function parseReceivedAt(value: string): { hour: number; minute: number } | undefined {
  const match = RECEIVED_AT_PATTERN.exec(value);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second] = match.map(Number) as number[];
  const date = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() + 1 === month && date.getUTCDate() === day;
  if (!real || (hour ?? 24) > 23 || (minute ?? 60) > 59 || (second ?? 0) > 59) return undefined;
  return { hour: hour ?? 0, minute: minute ?? 0 };
}

export function isNight(receivedAt: string): boolean {
  const time = parseReceivedAt(receivedAt);
  return time !== undefined && (time.hour >= NIGHT.fromHour.value || time.hour < NIGHT.toHour.value);
}
