using System;
using System.IO;
using System.Linq;
using System.Web;

/// <summary>
/// Saves a file posted by the editor. The extension is checked against the configured list, and
/// the stored path comes from the site's naming pattern ({yyyy}{mm}/{time}{rand:6}), applied by
/// StoragePattern in another file.
/// </summary>
public class EditorFileSaver
{
    private readonly HttpContext context;
    private readonly string[] allowed;
    private readonly string pattern;

    public EditorFileSaver(HttpContext context, string[] allowed, string pattern)
    {
        this.context = context;
        this.allowed = allowed;
        this.pattern = pattern;
    }

    public string Save(string field)
    {
        HttpPostedFile posted = context.Request.Files[field];
        string original = posted.FileName;
        if (!HasAllowedType(original))
        {
            return "type not allowed";
        }

        byte[] data = new byte[posted.ContentLength];
        posted.InputStream.Read(data, 0, posted.ContentLength);

        string relative = StoragePattern.Format(original, pattern);
        string target = context.Server.MapPath(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(target));
        File.WriteAllBytes(target, data);
        return relative;
    }

    private bool HasAllowedType(string name)
    {
        string extension = Path.GetExtension(name).ToLower();
        return allowed.Select(x => x.ToLower()).Contains(extension);
    }
}
