using System.Net;
using Assistant.Core.Conversations;
using Assistant.Storage.LiteDb;
using static Assistant.Host.Tests.TestHost;

namespace Assistant.Host.Tests;

/// <summary>A failed write (a full disk) costs the turns that fall into it, not every turn after: users hear "try again", readiness says so.</summary>
public sealed class FullDiskTests
{
    [MountFact]
    public async Task On_a_full_disk_users_hear_try_again_and_the_next_turn_after_space_returns_works()
    {
        using var disk = SmallDisk.Mount("size=4m");
        using var temp = new TempFolder();
        var filler = Path.Combine(disk.Path, "filler");
        await using var bot = await BotProcess.StartAsync(temp.Path, new Dictionary<string, string?> { ["Storage__LiteDb__Path"] = Path.Combine(disk.Path, "assistant.db") });
        await bot.ChatAsync(1, new { text = "/start", language = "de" });

        Fill(filler);
        var duringFull = await bot.ChatAsync(2, new { text = "/start", language = "ar" });
        var readyDuringFull = await bot.GetAsync("/health/ready");
        var liveDuringFull = await bot.GetAsync("/health/live");
        File.Delete(filler);
        var after = await bot.ChatAsync(2, new { text = "/start", language = "ar" });
        var readyAfter = await bot.GetAsync("/health/ready");

        Assert.Equal([T("ar", "dialog.failed")], duringFull.Messages.Select(m => m.Text));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, readyDuringFull.Status);
        Assert.Contains("store: Unhealthy", readyDuringFull.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, liveDuringFull.Status);
        Assert.Equal(T("ar", "onboarding.welcome"), after.Messages[0].Text);
        Assert.Equal(HttpStatusCode.OK, readyAfter.Status);
    }

    [Fact]
    public async Task After_an_injected_write_failure_the_store_works_again_once_writes_do()
    {
        using var temp = new TempFolder();
        var opener = new FailingOpener();
        await using var host = await StartAsync(temp.File("a.db"), configure: b => b.Services.AddSingleton<IDataFileOpener>(opener));
        var handler = host.Services.GetRequiredService<IConversationHandler>();
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var start = await handler.HandleAsync(new IncomingMessage { UserId = 3, Text = "/start", ClientLanguage = "tr" }, CancellationToken.None);
        var keep = start.Replies[^1].Buttons.SelectMany(r => r).Single(b => b.Label == T("tr", "onboarding.agree"));

        opener.Failing = true;
        var failed = await handler.HandleAsync(new IncomingMessage { UserId = 3, ButtonPayload = keep.Payload }, CancellationToken.None);
        var readyWhileFailing = await http.GetAsync("/health/ready");
        opener.Failing = false;
        var again = await handler.HandleAsync(new IncomingMessage { UserId = 3, ButtonPayload = keep.Payload }, CancellationToken.None);
        var readyAfter = await http.GetAsync("/health/ready");
        // The stopped engine's transaction is finalized now: it must not take the process down (it did, once).
        GC.Collect();
        GC.WaitForPendingFinalizers();

        Assert.Equal([T("tr", "dialog.failed")], failed.Replies.Select(r => r.Text));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, readyWhileFailing.StatusCode);
        Assert.Equal([T("tr", "onboarding.consent_thanks"), T("tr", "menu.prompt")], again.Replies.Select(r => r.Text));
        Assert.Equal(HttpStatusCode.OK, readyAfter.StatusCode);
    }

    private static void Fill(string path)
    {
        using var file = new FileStream(path, FileMode.Create);
        var block = new byte[64 * 1024];
        try
        {
            while (true)
            {
                file.Write(block);
                file.Flush();
            }
        }
        catch (IOException)
        {
            // The disk is full.
        }
    }

    /// <summary>Real files whose writes fail, as on a full disk, while <see cref="Failing"/> is set.</summary>
    private sealed class FailingOpener : IDataFileOpener
    {
        public volatile bool Failing;

        public Stream Open(string path) => new FailingStream(new DataFileOpener().Open(path), this);

        private sealed class FailingStream(Stream inner, FailingOpener owner) : Stream
        {
            public override bool CanRead => inner.CanRead;

            public override bool CanSeek => inner.CanSeek;

            public override bool CanWrite => inner.CanWrite;

            public override long Length => inner.Length;

            public override long Position { get => inner.Position; set => inner.Position = value; }

            public override void Flush() => inner.Flush();

            public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

            public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

            public override void SetLength(long value) => inner.SetLength(value);

            public override void Write(byte[] buffer, int offset, int count)
            {
                if (owner.Failing)
                {
                    throw new IOException("No space left on device (injected)");
                }

                inner.Write(buffer, offset, count);
            }

            protected override void Dispose(bool disposing)
            {
                inner.Dispose();
                base.Dispose(disposing);
            }
        }
    }
}
