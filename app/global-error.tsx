"use client";

// Last resort when the root layout itself fails: no translations are available here, so both scripts are shown.
export default function GlobalError() {
  return (
    <html lang="zh-Hans">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "1.5rem", lineHeight: 1.7 }}>
        <main>
          <h1>页面出了点问题</h1>
          <p>请稍后再试。你的回答没有被保存。</p>
          <p lang="zh-Hant">頁面出了點問題。請稍後再試。你的回答沒有被儲存。</p>
          <p>
            {/* A full reload on purpose: the app's own navigation may be what failed. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/">返回首页 · <span lang="zh-Hant">返回首頁</span></a>
          </p>
        </main>
      </body>
    </html>
  );
}
