using System.Text.RegularExpressions;

namespace LeadsNotLikes.Webhooks;

/// <summary>Account ids that arrive in a webhook's URL: letters, digits and <c>._:-</c>, at most 100 characters.</summary>
public static partial class AccountIds
{
    public static bool IsValid(string? account) => account is not null && Pattern().IsMatch(account);

    public static IResult Invalid() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such endpoint",
            detail: "The account id in the URL may hold letters, digits and ._:- (at most 100).");

    [GeneratedRegex("^[A-Za-z0-9._:-]{1,100}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
