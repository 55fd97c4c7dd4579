using Assistant.Core.Localization;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Offers.Tests.Flows;

internal static class OfferChatExtensions
{
    public static TextCatalog GetTexts(this IServiceProvider services) => services.GetRequiredService<TextCatalog>();
}
