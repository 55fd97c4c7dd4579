using System.Globalization;
using Assistant.Core.Conversations;
using Assistant.Core.Localization;
using Assistant.Core.Staff;
using Microsoft.Extensions.Options;

namespace Assistant.StaffConsole.SignIn;

/// <summary>
/// <c>/console</c> in a staff chat: the sign-in link goes to the staff member privately, never into the
/// chat, since a staff chat may hold people who are not staff and a link signs in whoever opens it.
/// </summary>
internal sealed class ConsoleCommand(SignInLinks links, ConsoleAddress address, IUserMessenger messenger, TextCatalog texts, IOptions<StaffOptions> staff) : IStaffCommand
{
    public string Name => "console";

    public StaffRole RequiredRole => StaffRole.Staff;

    public async Task<OutgoingMessage?> HandleAsync(StaffCommandContext context, CancellationToken cancellationToken)
    {
        var language = staff.Value.Language;
        var link = texts.Message(language, "console.link_message", new Dictionary<string, string>
        {
            ["link"] = address.SignInLink(links.Create(context.Message.FromUserId)),
            ["minutes"] = ((int)links.Validity.TotalMinutes).ToString(CultureInfo.InvariantCulture),
        });
        await messenger.SendAsync(context.Message.FromUserId, [link], cancellationToken).ConfigureAwait(false);
        return texts.Message(language, "console.link_sent_privately");
    }
}
