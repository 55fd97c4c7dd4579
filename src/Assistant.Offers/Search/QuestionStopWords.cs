namespace Assistant.Offers.Search;

/// <summary>
/// Words that frame a question ("I need", "is there", "where can I") but never tell which offer is meant.
/// Added to Lucene's stop words; without them a long polite question scores differently from a short one.
/// Ukrainian has no Lucene list, so its list here is the whole stop set.
/// </summary>
internal static class QuestionStopWords
{
    private static readonly Dictionary<string, string[]> ByLanguage = new(StringComparer.Ordinal)
    {
        ["de"] =
        [
            "hallo", "hi", "bitte", "danke", "ich", "mir", "mich", "mein", "meine", "meinen", "meiner", "meinem",
            "brauche", "brauchen", "suche", "suchen", "gibt", "gibts", "möchte", "möchten", "will", "wollen",
            "kann", "können", "könnt", "wo", "wie", "was", "wer", "wann", "welche", "welcher", "etwas", "was",
            "euch", "ihr", "uns", "bei", "da", "mal", "nen", "ne", "n", "so", "einfach", "frage", "fragen", "tun", "machen", "werden",
        ],
        ["en"] =
        [
            "i", "im", "i'm", "me", "my", "mine", "you", "your", "we", "our", "hello", "hi", "please", "thanks",
            "need", "want", "would", "like", "looking", "look", "get", "find", "where", "how", "what", "who", "when",
            "can", "could", "do", "does", "did", "am", "have", "has", "any", "anything", "something", "some", "about",
            "become",
        ],
        ["ar"] =
        [
            "بدي", "بدنا", "بدك", "ابغى", "أبغى", "اريد", "أريد", "عايز", "عاوز", "عايزة", "شو", "ايش", "إيش", "وين",
            "فين", "كيف", "هل", "شي", "شيء", "ممكن", "مرحبا", "سلام", "لو", "سمحت", "عندي", "عندك", "انا", "أنا",
            "في", "فيه", "مع", "من", "على", "عن", "الى", "إلى", "يا", "اي", "أي", "حدا", "احد", "أحد", "بعمل", "اعمل",
        ],
        ["tr"] =
        [
            "merhaba", "selam", "lütfen", "acaba", "istiyorum", "istiyoruz", "isterim", "lazım", "var", "yok", "mı",
            "mi", "mu", "mü", "nasıl", "nerede", "nereye", "ne", "bana", "beni", "benim", "bizim", "size", "sizin",
            "bir", "şey", "bişey", "birşey", "bi", "olmak", "olabilir", "yapmak", "yapabilirim", "için",
        ],
        ["uk"] =
        [
            "і", "й", "та", "в", "у", "на", "з", "із", "зі", "до", "для", "по", "про", "як", "що", "це", "я", "ти",
            "ви", "ми", "вони", "він", "вона", "воно", "мене", "мені", "мій", "моя", "моє", "мої", "наш", "ваш",
            "їх", "є", "бути", "був", "була", "не", "ні", "так", "а", "але", "або", "чи", "же", "ж", "би", "б",
            "від", "за", "під", "над", "при", "через", "після", "де", "коли", "хто", "який", "яка", "яке", "які",
            "тут", "там", "можна", "треба", "хочу", "хочемо", "потрібно", "потрібна", "потрібен", "будь", "ласка",
            "привіт", "добрий", "день", "щось", "якийсь", "його", "її", "цей", "ця", "ці", "той", "то", "вже",
            "ще", "тільки", "також", "теж", "дуже", "нам", "вам", "нас", "вас", "свій", "своя", "свої", "своє",
            "свою", "разом", "іншими", "інші", "куди", "звернутись", "звернутися", "стати",
        ],
        ["ru"] =
        [
            "привет", "здравствуйте", "пожалуйста", "хочу", "хотим", "нужен", "нужна", "нужно", "надо", "можно",
            "где", "как", "что", "есть", "мне", "меня", "я", "мой", "моя", "мои", "это", "чтото", "что-то",
            "какой", "какая", "какие", "куда", "просто", "делать", "быть", "стать",
        ],
        ["fa"] =
        [
            "سلام", "لطفا", "لطفاً", "میخوام", "میخواهم", "می‌خواهم", "میخواستم", "خواهش", "چطور", "چطوری", "کجا",
            "چی", "چه", "هست", "هستش", "هستم", "دارم", "داریم", "یه", "یک", "من", "برای", "چیزی", "چکار", "چیکار",
            "کنم", "بکنم", "تو", "به", "از", "با", "که", "را", "رو", "بشم", "بشوم",
        ],
    };

    public static IEnumerable<string> For(string language) => ByLanguage.GetValueOrDefault(language) ?? [];
}
