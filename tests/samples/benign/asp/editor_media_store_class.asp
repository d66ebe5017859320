<!--#include file="naming_pattern.asp"-->
<%
' Media store used by the page editor: pictures posted as base64 text by the paste handler, and
' pictures the editor asks the server to copy from public addresses (private and loopback
' addresses refused). Every picture goes through the same extension list and the site's naming
' pattern before it is written.

Class MediaStore

    Private maxBytes
    Private acceptedTypes
    Private namePattern
    Private fieldName
    Private lastState
    Private lastPath

    Private Sub Class_Initialize
        maxBytes = 2 * 1024 * 1024
        lastState = ""
        lastPath = ""
    End Sub

    Public Property Let Limit(ByVal n)
        maxBytes = n
    End Property

    Public Property Let Accepted(ByVal list)
        Set acceptedTypes = list
    End Property

    Public Property Let Pattern(ByVal p)
        namePattern = p
    End Property

    Public Property Let Field(ByVal f)
        fieldName = f
    End Property

    Public Property Get State
        State = lastState
    End Property

    Public Property Get StoredPath
        StoredPath = lastPath
    End Property

    ' pasted pictures arrive as base64 text in a form field
    Public Function StorePasted(ByVal clientName)
        Dim text
        text = Request.Form(fieldName)
        Store DecodeBase64(text), clientName
    End Function

    Private Function MatchText(ByVal expression, ByVal subject)
        Dim re, found, m, joined
        Set re = New RegExp
        re.Pattern = expression
        re.IgnoreCase = True
        re.Global = True
        Set found = re.Execute(subject)
        joined = ""
        For Each m In found
            joined = joined & m.Value & " "
        Next
        MatchText = Trim(joined)
    End Function

    Private Function AddressNumber(ByVal dotted)
        Dim parts
        parts = Split(dotted, ".")
        AddressNumber = 16777216 * CDbl(parts(0)) + 65536 * CDbl(parts(1)) + 256 * CDbl(parts(2)) + CDbl(parts(3))
    End Function

    Private Function IsInternalAddress(ByVal address)
        Dim dotted, n
        dotted = MatchText("\d+\.\d+\.\d+\.\d+", address)
        If dotted = "" Then
            IsInternalAddress = (MatchText("([\w-]+\.)+[\w-]+", address) = "")
            Exit Function
        End If
        If Left(dotted, 4) = "127." Then
            IsInternalAddress = True
            Exit Function
        End If
        n = AddressNumber(dotted)
        IsInternalAddress = (n >= AddressNumber("10.0.0.0") And n <= AddressNumber("10.255.255.255")) _
            Or (n >= AddressNumber("172.16.0.0") And n <= AddressNumber("172.31.255.255")) _
            Or (n >= AddressNumber("192.168.0.0") And n <= AddressNumber("192.168.255.255"))
    End Function

    ' a picture the editor found on a public page
    Public Function StoreRemote(ByVal address)
        Dim picture, clientName
        If IsInternalAddress(address) Then
            lastState = "refused"
            Exit Function
        End If
        clientName = Mid(address, InStrRev(address, "/") + 1)
        Set picture = FetchPicture(address)
        If IsObject(picture) Then
            Store picture, clientName
        Else
            lastState = "fetch failed"
        End If
    End Function

    Private Function SuffixOf(ByVal clientName)
        SuffixOf = LCase(Mid(clientName, InStrRev(clientName, ".")))
    End Function

    Private Function IsAcceptedType(ByVal suffix)
        Dim key
        IsAcceptedType = False
        For Each key In acceptedTypes
            If suffix = LCase(acceptedTypes.Item(key)) Then
                IsAcceptedType = True
                Exit Function
            End If
        Next
    End Function

    Private Function Store(ByVal picture, ByVal clientName)
        Dim naming, target
        If picture.Size > maxBytes Then
            lastState = "too large"
            Exit Function
        End If
        If Not IsAcceptedType(SuffixOf(clientName)) Then
            lastState = "type not accepted"
            Exit Function
        End If
        Set naming = New NamingPattern
        lastPath = naming.Apply(namePattern, clientName)
        target = Server.MapPath(lastPath)
        picture.SaveToFile target, 2
        picture.Close
        lastState = "SUCCESS"
    End Function

    Private Function DecodeBase64(ByVal text)
        Dim doc, node, bin
        Set doc = Server.CreateObject("MSXML2.DOMDocument")
        Set node = doc.CreateElement("b64")
        node.DataType = "bin.base64"
        node.Text = text
        Set bin = Server.CreateObject("ADODB.Stream")
        bin.Type = 1
        bin.Open
        bin.Write node.NodeTypedValue
        Set DecodeBase64 = bin
    End Function

    Private Function FetchPicture(ByVal address)
        Dim http, bin
        Set http = Server.CreateObject("MSXML2.ServerXMLHTTP")
        http.Open "GET", address, False
        http.Send
        If http.Status = 200 Then
            Set bin = Server.CreateObject("ADODB.Stream")
            bin.Type = 1
            bin.Open
            bin.Write http.ResponseBody
            Set FetchPicture = bin
        Else
            FetchPicture = Empty
        End If
    End Function

End Class
%>
