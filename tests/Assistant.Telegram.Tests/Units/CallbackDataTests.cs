using System.Text;
using Assistant.Telegram.Buttons;

namespace Assistant.Telegram.Tests.Units;

public sealed class CallbackDataTests
{
    private const string Token = "123456789:FAKE-token-for-tests_0123456789abcdef";
    private readonly CallbackData _data = new(Token);

    [Fact]
    public void Signed_payload_comes_back_for_the_same_chat()
    {
        var signed = _data.Sign(42, "a1b2c3d4:3");

        Assert.Equal("a1b2c3d4:3", _data.Verify(42, signed));
        Assert.True(Encoding.UTF8.GetByteCount(signed) <= CallbackData.MaxBytes);
    }

    [Theory]
    [InlineData("another chat")]
    [InlineData("edited payload")]
    [InlineData("no signature")]
    [InlineData("another bot")]
    public void Data_not_issued_to_this_chat_is_refused(string forgery)
    {
        var signed = _data.Sign(42, "a1b2c3d4:3");
        var (chat, data, verifier) = forgery switch
        {
            "another chat" => (43L, signed, _data),
            "edited payload" => (42L, signed.Replace(":3|", ":4|", StringComparison.Ordinal), _data),
            "no signature" => (42L, "a1b2c3d4:3", _data),
            _ => (42L, signed, new CallbackData("987654321:OTHER-token-for-tests_0123456789abcdef")),
        };

        Assert.Null(verifier.Verify(chat, data));
    }

    [Fact]
    public void Command_payload_goes_as_it_is_because_the_user_could_type_it()
    {
        var command = "/accept-place 0f8fad5b-d9cb-469f-a165-70867728950e";

        Assert.Equal(command, _data.Sign(42, command));
        Assert.Equal(command, _data.Verify(43, command));
    }

    [Fact]
    public void Payload_too_long_for_telegram_is_a_programming_error()
    {
        Assert.Throws<ArgumentException>(() => _data.Sign(42, new string('x', CallbackData.MaxPayloadBytes + 1)));
    }
}
