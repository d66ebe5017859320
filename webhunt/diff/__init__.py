"""Baseline diff: compare a live web root with the customer's known-good copy.

- ``sources``: one view over a baseline, whatever its form (directory, tar/zip archive read in place,
  git revision, saved manifest); the readers of ``archives`` (hostile archives are refused) and
  ``gitsource`` are imported only when a baseline needs them.
- ``manifest``: ``webhunt baseline save`` — a versioned record of paths, types, modes, owners, hashes.
- ``compare``: finds what changed, cheaply (both trees walked at once, type/mode/owner/size from the
  walk's lstat, contents compared byte for byte or by sha256 in parallel; content decides);
  ``hashing``: the batched reads. ``judge``: reads, diffs and scans only the changes, and builds
  the records (imported only when something changed).
- ``assess`` / ``metadata``: the reasons a change earns (pure); ``textdiff``: line diffs and the
  inserted code as a document of its own; ``ignore``: gitignore-style rules; ``export``: JSON and
  store findings.

Reasons the diff adds (``Layer.DIFF``; ids are stable), next to the engine's own:

====================================  =======  ==================================================
id                                    score    when
====================================  =======  ==================================================
WH-DIFF-INSERTED-CODE                 95       code inserted into a file is malicious on its own
WH-DIFF-FLAGGED-LINE-INSERTED         60       a line the whole-file scan flags was inserted
WH-DIFF-CODE-IN-DATA-FILE             50 / 75  a new/changed non-script file carries server-side
                                               code (75: upload dir or made executable by config)
WH-DIFF-PROTECTION-REMOVED            50       ``Deny from all``, ``php_flag engine off`` ... gone
WH-DIFF-CONFIG-CHANGED                20       .htaccess / .user.ini / web.config added or changed
WH-DIFF-DELETED-CONFIG                30       such a file deleted, baseline without content
WH-DIFF-ADDED-SCRIPT                  15       a script was added
WH-DIFF-MODIFIED-SCRIPT               15       a script's content changed
WH-DIFF-WHITESPACE-ONLY               15       only whitespace / line endings changed
WH-DIFF-DELETED                       15       deleted since the baseline
WH-DIFF-SYMLINK-ADDED                 15 / 70  a symlink was added (70: pointing out of the root)
WH-DIFF-SPECIAL-FILE                  20       a fifo, socket or device appeared
WH-DIFF-SETUID                        70       setuid/setgid bit added to a file
WH-DIFF-WORLD-WRITABLE                45 / 20  a script (45) or anything else made world-writable
WH-DIFF-EXEC-BIT                      15 / 35  executable bit added (35: CGI script)
WH-DIFF-MODE / WH-DIFF-OWNER          15       other mode, owner or group changes
WH-DIFF-TYPE-CHANGED                  30       e.g. a directory replaced by a file
WH-DIFF-SYMLINK                       40 / 20  a file replaced by / a symlink retargeted to a path
                                               inside the root
WH-DIFF-SYMLINK-OUT                   75 / 70  ... pointing outside the root
====================================  =======  ==================================================
"""
