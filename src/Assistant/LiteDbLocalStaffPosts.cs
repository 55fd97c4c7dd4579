using System.Text.Json;
using System.Text.Json.Serialization;
using Assistant.LocalChat;
using Assistant.Storage.LiteDb;
using LiteDB;
using JsonSerializer = System.Text.Json.JsonSerializer;

namespace Assistant;

/// <summary>
/// The local staff view's posts in the data file (collection <c>local_staff_posts</c>), so the topics
/// and what staff wrote there are still there after a restart, like a Telegram group's history.
/// </summary>
internal sealed class LiteDbLocalStaffPosts(AssistantDatabase db) : ILocalStaffPostStore
{
    private const string Field = "json";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private ILiteCollection<BsonDocument> Posts => db.Collection("local_staff_posts");

    public IReadOnlyList<LocalStaffPost> LoadAll() =>
        Posts.FindAll().Select(d => JsonSerializer.Deserialize<LocalStaffPost>(d[Field].AsString, Json)!).ToList();

    public void Add(LocalStaffPost post) =>
        Posts.Upsert(new BsonDocument { ["_id"] = post.Post.MessageId ?? 0, [Field] = JsonSerializer.Serialize(post, Json) });

    public void RemoveUpTo(int messageId) => Posts.DeleteMany(Query.LTE("_id", messageId));
}
