/**
 * Size limits. One collection message is a few hundred characters at most; 2,000 leaves room for a long
 * chat message while keeping the check (and a POST body) small. The byte cap is checked before parsing:
 * 2,000 CJK characters are ~6 KB in UTF-8, URL-encoded ~18 KB, plus the other fields.
 */
export const MESSAGE_LIMITS = { maxChars: 2000, maxBodyBytes: 32 * 1024 } as const;
