using System.Reflection;

namespace ClaimCheck.Evidence;

/// <summary>
/// An attribute that declares a kind's settings on a claim method (<c>[Ablation]</c>, <c>[TargetedEdits]</c>,
/// <c>[Steering]</c>). The attributes live in the root namespace, where users write them; a kind reads them through
/// this interface, so the kinds never depend on the root surface above them.
/// </summary>
/// <typeparam name="TSettings">The kind's settings.</typeparam>
internal interface ISettingsAttribute<out TSettings>
{
    /// <summary>The settings the attribute declares, unset properties at their defaults.</summary>
    TSettings ToSettings();
}

/// <summary>
/// An attribute that sets some of a kind's settings and inherits the rest from the layer below it (<c>[HeldOut]</c>
/// on an assembly, a class, a method).
/// </summary>
/// <typeparam name="TSettings">The kind's settings.</typeparam>
internal interface ILayeredSettingsAttribute<TSettings>
{
    /// <summary><paramref name="settings"/> with the properties this attribute sets replaced.</summary>
    TSettings ApplyTo(TSettings settings);
}

/// <summary>Finds a settings attribute by the interface it implements, as <c>GetCustomAttribute&lt;T&gt;</c> finds one by its type.</summary>
internal static class SettingsAttributes
{
    /// <summary>The attribute on <paramref name="element"/> (inherited ones included) that implements <typeparamref name="T"/>, or null.</summary>
    public static T? On<T>(MemberInfo element)
        where T : class => element.GetCustomAttributes().OfType<T>().FirstOrDefault();

    /// <summary>The attribute on <paramref name="assembly"/> that implements <typeparamref name="T"/>, or null.</summary>
    public static T? On<T>(Assembly assembly)
        where T : class => assembly.GetCustomAttributes().OfType<T>().FirstOrDefault();
}
