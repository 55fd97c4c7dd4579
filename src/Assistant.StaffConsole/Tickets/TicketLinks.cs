using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Assistant.StaffConsole.Tickets;

/// <summary>
/// The ticket part of console addresses. Case numbers count up (AD-2026-0042 tells how many reports came in
/// this year), so addresses carry the number encrypted instead: not guessable, and not the same twice.
/// </summary>
public sealed class TicketLinks(IDataProtectionProvider protection)
{
    private readonly IDataProtector _protector = protection.CreateProtector("Assistant.StaffConsole.TicketLink");

    public string Key(string ticketId) => _protector.Protect(ticketId);

    /// <summary>The case number in <paramref name="key"/>, or null for a key this console did not make.</summary>
    public string? TicketId(string? key)
    {
        if (string.IsNullOrEmpty(key) || key.Length > 500)
        {
            return null;
        }

        try
        {
            return _protector.Unprotect(key);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
