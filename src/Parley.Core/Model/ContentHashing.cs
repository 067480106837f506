using System.Security.Cryptography;
using System.Text;

namespace Parley.Model;

/// <summary>Computes the content hash that decides whether a re-ingested document changed.</summary>
public static class ContentHashing
{
    /// <summary>Hex SHA-256 over the text and the metadata fields a reader can change.</summary>
    public static string Hash(Document document)
    {
        var sb = new StringBuilder(document.Text.Length + 256);
        sb.Append(document.Text).Append('\u0001')
          .Append(document.Title).Append('\u0001')
          .Append(document.Outlet).Append('\u0001')
          .AppendJoin('\u0002', document.Authors).Append('\u0001')
          .Append(document.Published?.ToString()).Append('\u0001')
          .Append(document.Url);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    /// <summary>A short stable id from any text (used for feed items: a hash of the link).</summary>
    public static string ShortId(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
}
