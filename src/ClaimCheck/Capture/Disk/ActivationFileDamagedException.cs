namespace ClaimCheck.Capture.Disk;

/// <summary>
/// An activation file that must not be trusted: another format or key, truncated, or a checksum that does not match.
/// The store treats it as missing (and deletes it); it never reaches a claim.
/// </summary>
internal sealed class ActivationFileDamagedException : Exception
{
    public ActivationFileDamagedException(string message)
        : base(message)
    {
    }

    public ActivationFileDamagedException()
    {
    }

    public ActivationFileDamagedException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
