using Assistant.Ai;
using Assistant.Offers.Ai;

namespace Assistant.Offers.Tests.Ai;

public sealed class PersonalDataMaskerTests
{
    [Theory]
    [InlineData("Meine Nummer ist 0171 2345678", "Meine Nummer ist [phone]")]
    [InlineData("ruf an: +49 (171) 234-56-78 bitte", "ruf an: [phone] bitte")]
    [InlineData("tel 0049 30 1234567", "tel [phone]")]
    [InlineData("رقمي ٠١٧١٢٣٤٥٦٧٨", "رقمي [phone]")]
    [InlineData("شماره من ۰۱۷۱۲۳۴۵۶۷۸ است", "شماره من [phone] است")]
    [InlineData("write to amina.k@mail.example.com please", "write to [email] please")]
    [InlineData("Ich wohne in der Hauptstraße 12", "Ich wohne in der [address]")]
    [InlineData("Karl-Marx-Str. 5a, 2. Stock", "[address], 2. Stock")]
    [InlineData("ich heiße Amina Khalil und brauche Hilfe", "ich heiße [name] [name] und brauche Hilfe")]
    [InlineData("my name is amina and i need a course", "my name is [name] and i need a course")]
    [InlineData("اسمي فاطمة أحمد", "اسمي [name] [name]")]
    [InlineData("Меня зовут Анна, нужна помощь", "Меня зовут [name], нужна помощь")]
    [InlineData("Мене звати Олена Коваль", "Мене звати [name] [name]")]
    [InlineData("Benim adım Ayşe Yılmaz, yardım lazım", "Benim adım [name] [name], yardım lazım")]
    [InlineData("اسم من مریم است", "اسم من [name] [name]")]
    [InlineData("Ich suche Frau Ahmadi", "Ich suche Frau [name]")]
    public void Personal_data_is_replaced(string question, string expected)
    {
        Assert.Equal(expected, PersonalDataMasker.Mask(question));
    }

    [Theory]
    [InlineData("Gibt es Workshops für Frauen am 24.12.2026 um 10 Uhr?")]
    [InlineData("Ich bin eine frau und suche einen Kurs")]
    [InlineData("Kostet der Kurs 20 Euro? PLZ 12345")]
    [InlineData("Sprachcafé in der Brunnenstraße?")]
    public void Questions_without_personal_data_stay_as_they_are(string question)
    {
        Assert.Equal(question, PersonalDataMasker.Mask(question));
    }
}
