using ClaimCheck.Statistics;

namespace ClaimCheck.Validity.Sequences;

/// <summary>One data set of the sequence study: per token, the unit's activation, the concept label, and its document.</summary>
/// <param name="Activations">The unit's activation at each token.</param>
/// <param name="Concept">Whether the concept is present at each token.</param>
/// <param name="Documents">The document (cluster) of each token.</param>
internal sealed record SyntheticDocuments(double[] Activations, bool[] Concept, int[] Documents)
{
    /// <summary>Draws a data set of <paramref name="setting"/> from <paramref name="seed"/>.</summary>
    public static SyntheticDocuments Draw(DocumentSetting setting, ulong seed)
    {
        // Separate streams: the concept never sees a draw of the activation's, so under Effect 0 the two are independent.
        var lengths = new SeededRandom(SeededRandom.Derive(seed, "lengths"));
        var activity = new SeededRandom(SeededRandom.Derive(seed, "activation"));
        var concept = new SeededRandom(SeededRandom.Derive(seed, "concept"));
        double innovation = Math.Sqrt(1 - (setting.Phi * setting.Phi));

        var activations = new List<double>();
        var labels = new List<bool>();
        var documents = new List<int>();
        for (int d = 0; d < setting.Documents; d++)
        {
            int length = lengths.NextInt(setting.MinLength, setting.MaxLength + 1);
            double offset = setting.OffsetSd * activity.NextGaussian();
            // Both processes start in their stationary state, so a document's first token is like any other.
            double noise = activity.NextGaussian();
            bool present = concept.NextBool(setting.ConceptRate);
            for (int t = 0; t < length; t++)
            {
                if (t > 0)
                {
                    noise = (setting.Phi * noise) + (innovation * activity.NextGaussian());
                    present = present ? !concept.NextBool(setting.SwitchOff) : concept.NextBool(setting.SwitchOn);
                }

                activations.Add(offset + noise + (present ? setting.Effect : 0));
                labels.Add(present);
                documents.Add(d);
            }
        }

        return new SyntheticDocuments([.. activations], [.. labels], [.. documents]);
    }
}
