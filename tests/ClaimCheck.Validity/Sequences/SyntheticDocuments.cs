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
        int[] lengths = Lengths(setting, seed);
        bool[] concept = ConceptRuns(setting, lengths, SeededRandom.Derive(seed, "concept"));
        double[] activations = Activation(setting, lengths, SeededRandom.Derive(seed, "activation"));
        for (int t = 0; t < activations.Length; t++)
        {
            activations[t] += concept[t] ? setting.Effect : 0;
        }

        int[] documents = [.. lengths.SelectMany((length, d) => Enumerable.Repeat(d, length))];
        return new SyntheticDocuments(activations, concept, documents);
    }

    /// <summary>The documents' lengths in tokens, from the seed's own stream.</summary>
    public static int[] Lengths(DocumentSetting setting, ulong seed)
    {
        var lengths = new SeededRandom(SeededRandom.Derive(seed, "lengths"));
        return [.. Enumerable.Range(0, setting.Documents).Select(_ => lengths.NextInt(setting.MinLength, setting.MaxLength + 1))];
    }

    /// <summary>A unit's activation over documents of <paramref name="lengths"/>: per-document offset plus AR(1) noise.</summary>
    public static double[] Activation(DocumentSetting setting, int[] lengths, ulong streamSeed)
    {
        var activity = new SeededRandom(streamSeed);
        double innovation = Math.Sqrt(1 - (setting.Phi * setting.Phi));
        var activations = new List<double>();
        foreach (int length in lengths)
        {
            double offset = setting.OffsetSd * activity.NextGaussian();
            // The process starts in its stationary state, so a document's first token is like any other.
            double noise = activity.NextGaussian();
            for (int t = 0; t < length; t++)
            {
                if (t > 0)
                {
                    noise = (setting.Phi * noise) + (innovation * activity.NextGaussian());
                }

                activations.Add(offset + noise);
            }
        }

        return [.. activations];
    }

    /// <summary>The concept over documents of <paramref name="lengths"/>: a two-state Markov chain (runs) per document.</summary>
    public static bool[] ConceptRuns(DocumentSetting setting, int[] lengths, ulong streamSeed)
    {
        var concept = new SeededRandom(streamSeed);
        var labels = new List<bool>();
        foreach (int length in lengths)
        {
            bool present = concept.NextBool(setting.ConceptRate);
            for (int t = 0; t < length; t++)
            {
                if (t > 0)
                {
                    present = present ? !concept.NextBool(setting.SwitchOff) : concept.NextBool(setting.SwitchOn);
                }

                labels.Add(present);
            }
        }

        return [.. labels];
    }
}
