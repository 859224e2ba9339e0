namespace IcPerMed.Jobs.Email;

/// <summary>
/// TEST HOOK, nothing else: with ICPERMED_TEST_CRASH_AFTER_SEND=1 the process dies (exit 137, as if killed) right after
/// the SMTP server accepted a message and before the outbox commits 'sent', so a test can show the crash leaves the
/// email 'in-doubt' instead of sending it twice.
/// </summary>
internal static class CrashAfterSendTestHook
{
    public const string Variable = "ICPERMED_TEST_CRASH_AFTER_SEND";

    public static void CrashIfAsked()
    {
        if (Environment.GetEnvironmentVariable(Variable) == "1")
            Environment.Exit(137);
    }
}
