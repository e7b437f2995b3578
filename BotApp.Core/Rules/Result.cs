using System.Diagnostics.CodeAnalysis;

namespace PartyGroupBot.Core;

/// <summary>Either what a command produced or the rule that refused it.</summary>
public readonly record struct Result<T>
{
    private Result(T? value, Refusal? refusal) { Value = value; Refusal = refusal; }

    public T? Value { get; }
    public Refusal? Refusal { get; }
    /// <summary>Exactly one of the two is set (commands never return a default Result), so once this is checked the other needs no <c>!</c>.</summary>
    [MemberNotNullWhen(true, nameof(Refusal))]
    [MemberNotNullWhen(false, nameof(Value))]
    public bool IsRefused => Refusal is not null;

    public static implicit operator Result<T>(T value) => new(value, null);
    public static implicit operator Result<T>(Refusal refusal) => new(default, refusal);
}
