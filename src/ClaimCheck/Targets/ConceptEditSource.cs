namespace ClaimCheck.Targets;

/// <summary>
/// A concept's edit generators with the encoder of the world's inputs, behind a type the claim runner can use
/// without knowing the world's input type (scenes, token lists, images...). Audit targets hand these out per concept;
/// the targeted-edit evidence runs them (<c>source.Run</c>, <c>source.Replay</c> in <c>ClaimCheck.Evidence.Edits</c>).
/// </summary>
public abstract class ConceptEditSource
{
    /// <summary>Wraps typed edit generators and their encoder.</summary>
    /// <typeparam name="TInput">The world's input type.</typeparam>
    /// <param name="edits">The concept's edit generators.</param>
    /// <param name="encoder">Turns an input into model input.</param>
    public static ConceptEditSource Create<TInput>(IConceptEdits<TInput> edits, IInputEncoder<TInput> encoder) => new Typed<TInput>(edits, encoder);

    /// <summary>Hands the edits and their encoder to <paramref name="reader"/> at their own input type.</summary>
    internal abstract TResult Open<TResult>(IConceptEditReader<TResult> reader);

    private sealed class Typed<TInput>(IConceptEdits<TInput> edits, IInputEncoder<TInput> encoder) : ConceptEditSource
    {
        internal override TResult Open<TResult>(IConceptEditReader<TResult> reader) => reader.Read(edits, encoder);
    }
}

/// <summary>What runs on a <see cref="ConceptEditSource"/> at the world's input type, which only the source knows.</summary>
/// <typeparam name="TResult">What it makes of the edits.</typeparam>
internal interface IConceptEditReader<out TResult>
{
    /// <summary>Makes the result from the typed edits and their encoder.</summary>
    TResult Read<TInput>(IConceptEdits<TInput> edits, IInputEncoder<TInput> encoder);
}
