namespace ClaimCheck.Evidence.Edits;

/// <summary>The three targeted-edit properties (CheckList's directional and invariance tests, made quantitative).</summary>
public enum EditKind
{
    /// <summary>An input without the concept gets it: the subject must rise by at least δ.</summary>
    Add,

    /// <summary>An input with the concept loses it: the subject must fall by at least δ.</summary>
    Remove,

    /// <summary>The concept is kept as it is (shift, brightness, noise, another feature): the subject must move by at most ε.</summary>
    Nuisance,
}
