using Assistant.Telegram.Sending;

namespace Assistant.Telegram.Tests.Units;

public sealed class MessageSplitterTests
{
    [Fact]
    public void Text_within_the_limit_stays_whole()
    {
        var text = new string('a', 4096);

        Assert.Equal([text], MessageSplitter.Split(text));
    }

    [Fact]
    public void Long_text_is_cut_at_the_last_line_break_that_fits()
    {
        var text = "first line\nsecond line\nthird line";

        Assert.Equal(["first line\nsecond line", "third line"], MessageSplitter.Split(text, maxLength: 25));
    }

    [Fact]
    public void Line_longer_than_the_limit_is_cut_between_words()
    {
        Assert.Equal(["one two", "three four"], MessageSplitter.Split("one two three four", maxLength: 10));
    }

    [Fact]
    public void Word_longer_than_the_limit_is_cut_but_never_inside_a_surrogate_pair()
    {
        var text = "aaaa😀bbbb";

        var parts = MessageSplitter.Split(text, maxLength: 5);

        Assert.Equal(text, string.Concat(parts));
        Assert.All(parts, p => Assert.False(char.IsHighSurrogate(p[^1])));
        Assert.All(parts, p => Assert.True(p.Length <= 5));
    }

    [Fact]
    public void Arabic_text_of_10000_characters_becomes_three_parts_within_the_limit()
    {
        var line = string.Concat(Enumerable.Repeat("مرحبا بكم ", 10)).Trim();
        var text = string.Join("\n", Enumerable.Repeat(line, 110));

        var parts = MessageSplitter.Split(text);

        Assert.Equal(3, parts.Count);
        Assert.All(parts, p => Assert.True(p.Length <= 4096));
        Assert.Equal(text.Split('\n'), parts.SelectMany(p => p.Split('\n')));
    }
}
