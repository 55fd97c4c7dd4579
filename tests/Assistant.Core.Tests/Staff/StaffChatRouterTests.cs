using Assistant.Core.Conversations;
using Assistant.Core.Staff;
using Assistant.Core.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Assistant.Core.Tests.Staff;

public sealed class StaffChatRouterTests
{
    private const long Admin = 100;
    private const long Counsellor = 200;
    private const long Stranger = 300;
    private readonly InMemoryStaffStore _store = new();
    private readonly EchoCommand _claim = new("claim", StaffRole.Staff);
    private readonly EchoCommand _read = new("read", StaffRole.AntiDiscrimination);

    private async Task<StaffChatRouter> RouterAsync()
    {
        await _store.SaveAsync(new StaffMember { UserId = Counsellor, DisplayName = "Selin", Roles = new HashSet<StaffRole> { StaffRole.Staff, StaffRole.AntiDiscrimination } }, CancellationToken.None);
        var options = Options.Create(new StaffOptions { Admins = [Admin] });
        return new StaffChatRouter(new StaffDirectory(_store, options), [_claim, _read], [], Conversation.Texts, options, NullLogger<StaffChatRouter>.Instance);
    }

    [Fact]
    public async Task A_member_of_the_staff_chat_who_is_not_staff_is_ignored()
    {
        var router = await RouterAsync();

        var reply = await router.HandleAsync(new StaffChatMessage { ChatId = -1, FromUserId = Stranger, Text = "/claim 4" }, CancellationToken.None);

        Assert.Null(reply);
        Assert.Empty(_claim.Calls);
    }

    [Fact]
    public async Task A_command_runs_with_its_argument_for_staff_with_the_role()
    {
        var router = await RouterAsync();

        await router.HandleAsync(new StaffChatMessage { ChatId = -1, FromUserId = Admin, ButtonPayload = "/claim 42" }, CancellationToken.None);

        Assert.Equal(["42"], _claim.Calls);
    }

    [Fact]
    public async Task Admins_do_not_get_the_anti_discrimination_role_by_being_admins()
    {
        var router = await RouterAsync();

        var refused = await router.HandleAsync(new StaffChatMessage { ChatId = -1, FromUserId = Admin, Text = "/read 7" }, CancellationToken.None);
        await router.HandleAsync(new StaffChatMessage { ChatId = -1, FromUserId = Counsellor, Text = "/read@AgencyBot 7" }, CancellationToken.None);

        Assert.Equal(Conversation.T("de", "staff.not_allowed"), refused!.Text);
        Assert.Equal(["7"], _read.Calls);
    }

    private sealed class EchoCommand(string name, StaffRole role) : IStaffCommand
    {
        public List<string> Calls { get; } = [];

        public string Name => name;

        public StaffRole RequiredRole => role;

        public Task<OutgoingMessage?> HandleAsync(StaffCommandContext context, CancellationToken cancellationToken)
        {
            Calls.Add(context.Argument);
            return Task.FromResult<OutgoingMessage?>(null);
        }
    }
}
