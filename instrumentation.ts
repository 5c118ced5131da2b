// Next runs register() once when the server starts, before the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { registerAnswerVersion } = await import("@/lib/http/answer-version");
    registerAnswerVersion();
    const { refreshExportRowsAfterStart } = await import("@/lib/deals/export-refresh");
    refreshExportRowsAfterStart();
  }
}
