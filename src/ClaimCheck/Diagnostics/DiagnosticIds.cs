// The one catalog of IDs. The analyzers (netstandard2.0, which cannot reference this assembly) compile this same file
// into their own namespace, so the compile-time and run-time IDs cannot drift apart.
#if CLAIMCHECK_ANALYZERS
namespace ClaimCheck.Analyzers;
#else
namespace ClaimCheck.Diagnostics;
#endif

/// <summary>
/// The catalog of diagnostic IDs, one block per area: CLM0xxx claim declarations, CLM1xxx held-out
/// evidence, CLM2xxx targeted edits, CLM3xxx ablation, CLM4xxx snapshots and configuration, CLM5xxx bad input.
/// Every ID has a page at docs/rules/{ID}.md; a test keeps this list and the pages in sync.
/// </summary>
public static class DiagnosticIds
{
    // CLM0xxx: claim declarations (run-time twins of the analyzers).
    /// <summary>The claim names no subject (unit, unit set or direction).</summary>
    public const string NoSubject = "CLM0001";
    /// <summary>The claim names no concept.</summary>
    public const string NoConcept = "CLM0002";
    /// <summary>The claim demands no evidence.</summary>
    public const string NoEvidence = "CLM0003";
    /// <summary>The claim's class is bound to no audit target.</summary>
    public const string NoAuditTarget = "CLM0004";
    /// <summary>The claim names more than one subject or more than one kind.</summary>
    public const string AmbiguousClaim = "CLM0005";
    /// <summary>A Drives claim demands ablation evidence, which the claim does not (or cannot yet) provide.</summary>
    public const string DrivesNeedsAblation = "CLM0006";
    /// <summary>The method read as a claim carries no claim attribute.</summary>
    public const string NotAClaim = "CLM0007";
    // CLM0010 and up: compile-time checks (ClaimCheck.Analyzers); CLM0010, CLM0011, CLM0012 and CLM0015 are checked at
    // run time too, for claims built in code, with the same IDs.
    /// <summary>A held-out setting lies outside its valid range.</summary>
    public const string HeldOutSettingOutOfRange = "CLM0010";
    /// <summary><c>[ExpectVerdict]</c> names an ID that is not in this catalog.</summary>
    public const string UnknownExpectedId = "CLM0011";
    /// <summary>Two claims would write the same snapshot file ({Class}.{Method} in one folder).</summary>
    public const string SnapshotNameCollision = "CLM0012";
    /// <summary>The claim method has a shape NUnit cannot run (parameters, a result, generic, async void, not public, abstract).</summary>
    public const string ClaimCannotRun = "CLM0013";
    /// <summary>The claim's label equates a unit with a concept, and the claim demands no evidence.</summary>
    public const string IdentityLabelWithoutEvidence = "CLM0014";
    /// <summary>A subject attribute names an empty layer path or direction name.</summary>
    public const string EmptySubjectName = "CLM0015";

    // CLM1xxx: held-out evidence.
    /// <summary>Too few concept-positive or -negative examples in a split to decide.</summary>
    public const string TooFewExamples = "CLM1001";
    /// <summary>The AUROC interval straddles the claim's threshold.</summary>
    public const string IntervalStraddlesThreshold = "CLM1002";
    /// <summary>The subject is above most of its null on a split, but does not beat it at the (family-adjusted) α: not shown, not refuted.</summary>
    public const string NotSignificant = "CLM1003";
    /// <summary>The subject takes one value on every example of a split (a dead or saturated unit), so it separates nothing.</summary>
    public const string ConstantSubject = "CLM1004";
    /// <summary>The subject passes on the discovery split and beats the null on held-out data, but falls clearly below the bar there.</summary>
    public const string FailsOnHeldOut = "CLM1101";
    /// <summary>On held-out data the subject is typical of its null: its AUROC interval lies below the null's (1 − α) quantile.</summary>
    public const string NoBetterThanNullOnHeldOut = "CLM1102";
    /// <summary>The score drops from discovery to held-out data: the gap's whole interval lies above zero (information).</summary>
    public const string GeneralizationGap = "CLM1103";
    /// <summary>The subject also responds to another concept of the library (a Means claim is not specific).</summary>
    public const string AlsoRespondsTo = "CLM1201";
    /// <summary>Another concept's AUROC interval straddles a Means claim's bar: whether the label is specific is undecided.</summary>
    public const string OtherConceptStraddlesThreshold = "CLM1204";
    /// <summary>Few of the subject's top-activating examples carry the concept.</summary>
    public const string LowTopPrecision = "CLM1202";
    /// <summary>On a held-out split the subject separates another concept better than the claimed one (information).</summary>
    public const string PrefersAnotherConcept = "CLM1203";
    /// <summary>Even on the discovery split the subject is typical of its null: its AUROC interval lies below the null's (1 − α) quantile.</summary>
    public const string NoBetterThanNullOnDiscovery = "CLM1301";
    /// <summary>Even on the discovery split the AUROC is clearly below the claim's threshold.</summary>
    public const string BelowThresholdOnDiscovery = "CLM1302";

    // CLM2xxx: targeted edits.
    /// <summary>The held-out gap Δ is not positive, so the edit thresholds δ and ε cannot be scaled.</summary>
    public const string EditGapNotPositive = "CLM2001";
    /// <summary>Too few edit cases for the failure rate's upper bound ever to get under the limit.</summary>
    public const string TooFewEditCases = "CLM2002";
    /// <summary>The claim demands targeted edits, but the audit target provides no edits for its concept.</summary>
    public const string ConceptHasNoEdits = "CLM2003";
    /// <summary>A recorded edit counterexample was replayed; the message gives it with its scores (information).</summary>
    public const string CounterexampleReplayed = "CLM2004";
    /// <summary>An edit kind's failure-rate interval straddles the claim's failure limit: more cases would decide.</summary>
    public const string EditFailureRateStraddlesLimit = "CLM2005";
    /// <summary>Adding the concept does not raise the subject by δ often enough.</summary>
    public const string AddEditsFail = "CLM2101";
    /// <summary>Removing the concept does not lower the subject by δ often enough.</summary>
    public const string RemoveEditsFail = "CLM2102";
    /// <summary>Nuisance edits that keep the concept move the subject by more than ε too often.</summary>
    public const string NuisanceEditsMoveSubject = "CLM2103";

    // CLM3xxx: ablation.
    /// <summary>The ablation does not fit the subject (e.g. zeroing a direction, projecting out a unit).</summary>
    public const string InterventionDoesNotFitSubject = "CLM3001";
    /// <summary>A patching ablation has no counterpart inputs, or counterparts that do not pair with the split's examples.</summary>
    public const string PatchCounterpartsMissing = "CLM3002";
    /// <summary>The readout does not fit the model output (no such class, wrong shape, non-finite values).</summary>
    public const string ReadoutDoesNotFitOutput = "CLM3003";
    /// <summary>Patching a direction moves the readout more than patching the whole layer: the dormant-pathway illusion.</summary>
    public const string DormantPathway = "CLM3101";
    /// <summary>Ablating the subject is typical of ablating random units or directions: the effect's interval lies below the null's (1 − α) quantile.</summary>
    public const string AblationNoBetterThanNull = "CLM3201";
    /// <summary>The ablation effect on concept-positive inputs is clearly below the claim's minimum effect.</summary>
    public const string AblationBelowMinimum = "CLM3202";
    /// <summary>The ablation effect's interval straddles the claim's minimum effect.</summary>
    public const string AblationStraddlesMinimum = "CLM3203";
    /// <summary>The concept-specific part of the ablation effect (with the concept − without) is shown below half the effect: most of it does not depend on the concept.</summary>
    public const string AblationNotSpecific = "CLM3204";
    /// <summary>Many concept-positive examples move the other way: the mean hides cancelling effects (information).</summary>
    public const string AblationEffectsCancel = "CLM3205";

    /// <summary>Ablating the subject moves the readout more than most null draws, but not beyond the null at the (family-adjusted) α.</summary>
    public const string AblationNotSignificant = "CLM3207";
    /// <summary>Whether the ablation effect is larger with the concept than without is undecided: the difference's interval straddles 0.</summary>
    public const string AblationSpecificityUndecided = "CLM3208";

    /// <summary>The exact unit-set null has too few sets to reach α: the subject beats them all, yet p = 1 / (number of sets) &gt; α.</summary>
    public const string AblationNullTooCoarse = "CLM3206";

    // CLM4xxx: snapshots and configuration.
    /// <summary>No verified snapshot exists yet; the received one was written for review.</summary>
    public const string SnapshotMissing = "CLM4001";
    /// <summary>The verdict differs from the verified snapshot.</summary>
    public const string SnapshotDiffers = "CLM4002";
    /// <summary>The verified snapshot cannot be read (malformed JSON or merge-conflict markers).</summary>
    public const string SnapshotMalformed = "CLM4003";
    /// <summary>Accepting snapshots was asked for under CI=true and refused.</summary>
    public const string AcceptRefusedInCi = "CLM4004";
    /// <summary>The claim's name would make an invalid or path-traversing snapshot file name.</summary>
    public const string InvalidSnapshotName = "CLM4005";
    /// <summary>The snapshot folder cannot be written.</summary>
    public const string SnapshotFolderNotWritable = "CLM4006";
    /// <summary>A threshold or setting is out of its valid range.</summary>
    public const string SettingOutOfRange = "CLM4101";
    /// <summary>The verdict or diagnostics differ from the ones the claim expects.</summary>
    public const string UnexpectedVerdict = "CLM4102";
    /// <summary>The activation cache folder cannot be used (a file stands there, it cannot be created, or entries cannot be written or deleted); activations stay in memory.</summary>
    public const string ActivationCacheUnusable = "CLM4103";
    /// <summary>An activation cache entry was stale, truncated or damaged, so it was deleted and the activations captured again (information).</summary>
    public const string ActivationCacheEntryDamaged = "CLM4104";
    /// <summary>The results folder a run report reads does not exist.</summary>
    public const string ResultsFolderMissing = "CLM4250";
    /// <summary>The results folder holds no claim results (<c>*.full.json</c>).</summary>
    public const string NoClaimResults = "CLM4251";
    /// <summary>A claim result file in the results folder is not a readable verdict document.</summary>
    public const string ClaimResultUnreadable = "CLM4252";
    // CLM42xx: the claimcheck command line.
    /// <summary>The assembly, project or folder named on the command line does not exist, or a folder holds no single project.</summary>
    public const string CliInputNotFound = "CLM4201";
    /// <summary>The claim assembly cannot be loaded (not a .NET assembly, or its dependencies are missing).</summary>
    public const string AssemblyNotLoadable = "CLM4202";
    /// <summary>No audit target type of the name given (or none, or several, when no name is given) is found.</summary>
    public const string UnknownAuditTargetType = "CLM4203";
    /// <summary>The assembly declares no claim, or the filters select none.</summary>
    public const string NoClaimSelected = "CLM4204";
    /// <summary>The results folder holds files claimcheck did not write, so it is not cleared for a new run.</summary>
    public const string ResultsFolderNotOwned = "CLM4205";
    /// <summary>A claim that was run left no outcome record (the test host stopped, or the claim did not run).</summary>
    public const string ClaimLeftNoRecord = "CLM4206";
    /// <summary>A verified snapshot that no claim produces any more.</summary>
    public const string DanglingSnapshot = "CLM4207";
    /// <summary>Building the claim project or starting its tests failed.</summary>
    public const string BuildFailed = "CLM4208";
    /// <summary>No received snapshot matches the names given to accept.</summary>
    public const string NothingToAccept = "CLM4209";
    // CLM43xx: families of claims (multiple testing).
    /// <summary>A claim family is declared wrongly: an empty name, an unknown correction, or one name with two corrections.</summary>
    public const string InvalidClaimFamily = "CLM4301";
    /// <summary>The family adjustment changed the verdict the claim's raw p-values give (information).</summary>
    public const string DecidedByFamilyAdjustment = "CLM4302";
    /// <summary>A null comparison's p lies too close to its level to decide with the most null draws allowed.</summary>
    public const string NullComparisonUndecided = "CLM4303";

    // CLM5xxx: bad input.
    /// <summary>The layer path names no module of the model.</summary>
    public const string UnknownLayer = "CLM5001";
    /// <summary>The unit index lies outside the layer.</summary>
    public const string UnitOutOfRange = "CLM5002";
    /// <summary>The direction has the wrong length for the layer.</summary>
    public const string DirectionWrongLength = "CLM5003";
    /// <summary>The direction has zero (or non-finite) norm.</summary>
    public const string DirectionZeroNorm = "CLM5004";
    /// <summary>The layer produced NaN or infinite activations.</summary>
    public const string NonFiniteActivations = "CLM5005";
    /// <summary>The concept has no positive or no negative examples in a split.</summary>
    public const string ConceptWithoutContrast = "CLM5006";
    /// <summary>Discovery and held-out splits share examples.</summary>
    public const string OverlappingSplits = "CLM5007";
    /// <summary>The concept is not in the audit target's library.</summary>
    public const string UnknownConcept = "CLM5008";
    /// <summary>A split is missing or empty.</summary>
    public const string MissingSplit = "CLM5009";
    /// <summary>The named direction is not provided by the audit target.</summary>
    public const string UnknownDirection = "CLM5010";
    /// <summary>The audit target could not be built (its constructor or model loading failed).</summary>
    public const string AuditTargetFailed = "CLM5011";
    /// <summary>The model rejected the data (wrong input shape or type).</summary>
    public const string ModelRejectedInput = "CLM5012";
    /// <summary>The readout is not provided by the audit target.</summary>
    public const string UnknownReadout = "CLM5013";
    /// <summary>An unexpected exception stopped the evaluation of one claim (in the audit target's code or in ClaimCheck's).</summary>
    public const string EvaluationThrew = "CLM5014";
    /// <summary>A layer's activations on a split hold more values than one array can (examples × units above 2,147,483,591).</summary>
    public const string ActivationsTooLarge = "CLM5015";
    // CLM5030–CLM5039: data files (ClaimCheck.Data: IDX, npy and CSV readers).
    /// <summary>A data file (IDX, npy or CSV) does not exist.</summary>
    public const string IdxFileMissing = "CLM5030";
    /// <summary>A data file (IDX) is truncated, has trailing bytes, declares an impossible size or is damaged gzip.</summary>
    public const string IdxFileCorrupt = "CLM5031";
    /// <summary>A data file is not IDX: its magic number is wrong, its type code unknown or its dimension count invalid.</summary>
    public const string IdxWrongMagic = "CLM5032";
    /// <summary>An inputs (images) file and its labels file hold different numbers of items.</summary>
    public const string IdxCountMismatch = "CLM5033";
    /// <summary>A data file has the wrong element type or shape for its role, or a label outside the classes.</summary>
    public const string IdxUnexpectedLayout = "CLM5034";
    /// <summary>An npy file stores what the reader does not read: Fortran order, big-endian, object or structured arrays, another element type.</summary>
    public const string NpyUnsupported = "CLM5035";
    /// <summary>A file is not a readable npy file: wrong magic or version, a malformed header, truncated data or trailing bytes.</summary>
    public const string NpyFileCorrupt = "CLM5036";
    /// <summary>A CSV file is malformed: no header row, an empty or repeated column name, a row with another number of fields, a broken quote.</summary>
    public const string CsvMalformed = "CLM5037";
    /// <summary>A CSV value is not what its column must hold (a finite number, or a boolean 0/1/true/false).</summary>
    public const string CsvValueInvalid = "CLM5038";
    /// <summary>A CSV file has no column of the name asked for.</summary>
    public const string CsvColumnMissing = "CLM5039";
    // CLM5050–CLM5059: corpora of real files pinned by a checksum manifest (the code world's source files).
    /// <summary>A file of a pinned corpus is missing, or its size or SHA-256 differs from the manifest's.</summary>
    public const string CorpusFileChanged = "CLM5050";
    // CLM5060–CLM5079: weights files and edit generators (src/ClaimCheck.Weights; src/ClaimCheck/Evidence/Edits).
    /// <summary>The weights file does not exist.</summary>
    public const string WeightsFileMissing = "CLM5060";
    /// <summary>The weights file ends before the data its header or its entries declare.</summary>
    public const string WeightsFileTruncated = "CLM5061";
    /// <summary>The weights file is malformed: header too long, not JSON, bad entries, offsets out of range or overlapping.</summary>
    public const string WeightsFileMalformed = "CLM5062";
    /// <summary>A tensor in the weights file has a dtype that cannot be loaded into the module's tensor of that name.</summary>
    public const string WeightsDtypeUnsupported = "CLM5063";
    /// <summary>A tensor in the weights file has another shape than the module's: a file for another architecture.</summary>
    public const string WeightsShapeMismatch = "CLM5064";
    /// <summary>The weights file lacks tensors the module has, or has tensors the module lacks.</summary>
    public const string WeightsNamesMismatch = "CLM5065";
    /// <summary>The weights file holds NaN or infinite values.</summary>
    public const string NonFiniteWeights = "CLM5066";
    /// <summary>A concept's edit generator, an edit or the input encoder threw while the edit check ran.</summary>
    public const string EditGeneratorFailed = "CLM5067";
    // CLM5040–CLM5049: sparse autoencoders and their latents.
    /// <summary>The audit target provides no sparse autoencoder by that name.</summary>
    public const string UnknownAutoencoder = "CLM5040";
    /// <summary>The latent index lies outside the sparse autoencoder's dictionary.</summary>
    public const string LatentOutOfRange = "CLM5041";
    /// <summary>The sparse autoencoder does not fit the layer (another layer, width or reduction).</summary>
    public const string AutoencoderDoesNotFitLayer = "CLM5042";
    /// <summary>The sparse autoencoder's file or weights are corrupt (bad header, truncated, checksum, non-finite weights).</summary>
    public const string AutoencoderCorrupt = "CLM5043";
    /// <summary>The sparse autoencoder was trained on another model's activations (the model fingerprint differs).</summary>
    public const string AutoencoderFromAnotherModel = "CLM5044";
    /// <summary>The claim asks to ablate a sparse-autoencoder latent of a layer with positions, where its contribution has no per-position form.</summary>
    public const string LatentAblationUnsupported = "CLM5045";
}
