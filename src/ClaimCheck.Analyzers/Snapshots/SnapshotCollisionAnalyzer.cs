using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ClaimCheck.Analyzers;

/// <summary>
/// CLM0012: two claims whose verdict snapshots would be the same file. A snapshot is
/// <c>{Class}.{Method}.verified.json</c> (the class's reflection name, without namespace or outer class) in the folder of
/// the source file that declares the claim, so overloads, or classes of one name in two namespaces (or nested in two
/// classes) with their claims in one folder, share a file. Names are compared ignoring case: snapshots are committed,
/// and Windows and macOS check files out case-insensitively.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SnapshotCollisionAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptors.SnapshotNameCollision];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (ClaimSymbols.Resolve(start.Compilation) is not { } symbols)
            {
                return;
            }

            var claims = new ConcurrentBag<Snapshot>();
            start.RegisterSymbolAction(
                symbol =>
                {
                    var method = (IMethodSymbol)symbol.Symbol;
                    if (symbols.ClaimAttributeOf(method) is { } claim)
                    {
                        claims.Add(new Snapshot(method, Folder(claim, symbol.CancellationToken), ClaimNames.Id(method)));
                    }
                },
                SymbolKind.Method);
            start.RegisterCompilationEndAction(end => ReportCollisions(end, claims));
        });
    }

    private static void ReportCollisions(CompilationAnalysisContext context, IEnumerable<Snapshot> claims)
    {
        IEnumerable<IGrouping<string, Snapshot>> groups = claims
            .GroupBy(claim => claim.Folder + "\n" + claim.Name, StringComparer.OrdinalIgnoreCase)
            .Where(group => group.Skip(1).Any());
        foreach (IGrouping<string, Snapshot> group in groups)
        {
            Snapshot[] sharing = [.. group.OrderBy(claim => claim.Display, StringComparer.Ordinal)];
            foreach (Snapshot claim in sharing)
            {
                string others = Words.List([.. sharing.Where(other => !ReferenceEquals(other, claim)).Select(other => $"'{other.Display}'")]);
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.SnapshotNameCollision, Locations.Of(claim.Method), claim.Display, claim.Name, others));
            }
        }
    }

    /// <summary>
    /// The folder the run time keeps the claim's snapshot in: that of the source file the claim attribute's
    /// <c>[CallerFilePath]</c> parameter records (the compiler fills it in; a path passed by hand wins), else that of the
    /// syntax tree it is written in.
    /// </summary>
    private static string Folder(AttributeData claim, System.Threading.CancellationToken cancellationToken)
    {
        string? path = null;
        if (claim.AttributeConstructor is { } constructor)
        {
            for (int i = 0; i < constructor.Parameters.Length && i < claim.ConstructorArguments.Length; i++)
            {
                if (IsCallerFilePath(constructor.Parameters[i]) && claim.ConstructorArguments[i].Value is string { Length: > 0 } recorded)
                {
                    path = recorded;
                }
            }
        }

        path ??= claim.ApplicationSyntaxReference?.GetSyntax(cancellationToken).SyntaxTree.FilePath ?? "";
        int separator = path.LastIndexOfAny(['/', '\\']);
        return separator < 0 ? "" : path.Substring(0, separator);
    }

    private static bool IsCallerFilePath(IParameterSymbol parameter)
    {
        foreach (AttributeData attribute in parameter.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: nameof(CallerFilePathAttribute) } type
                && type.ContainingNamespace.ToDisplayString() == "System.Runtime.CompilerServices")
            {
                return true;
            }
        }

        return false;
    }

    private sealed class Snapshot(IMethodSymbol method, string folder, string name)
    {
        public IMethodSymbol Method { get; } = method;

        public string Folder { get; } = folder;

        public string Name { get; } = name;

        /// <summary>The method with its namespace, classes and parameters, so overloads and namesakes tell apart.</summary>
        public string Display { get; } = method.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat);
    }
}
