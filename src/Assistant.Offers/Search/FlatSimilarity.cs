using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Assistant.Offers.Search;

/// <summary>
/// Scores a matching term by its boost times how rare it is among the offers, nothing else: no term
/// frequency, no length norm, no query norm, no coord. A word that appears in one offer is worth its
/// boost (1.0 for a search word), so the "good match" threshold means the same for every question and
/// every content load.
/// </summary>
internal sealed class FlatSimilarity : TFIDFSimilarity
{
    public override float Coord(int overlap, int maxOverlap) => 1f;

    public override float QueryNorm(float sumOfSquaredWeights) => 1f;

    public override float Tf(float freq) => freq > 0 ? 1f : 0f;

    // Lucene multiplies idf twice (query weight and term score), hence the square root.
    public override float Idf(long docFreq, long numDocs) =>
        MathF.Sqrt(MathF.Log(1f + (float)numDocs / Math.Max(1, docFreq)) / MathF.Log(1f + Math.Max(1, numDocs)));

    public override float LengthNorm(FieldInvertState state) => 1f;

    public override long EncodeNormValue(float f) => 1;

    public override float DecodeNormValue(long norm) => 1f;

    public override float SloppyFreq(int distance) => 1f;

    public override float ScorePayload(int doc, int start, int end, BytesRef payload) => 1f;
}
