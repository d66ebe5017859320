<%
' Setup wizard: the installer asks for the database connection, prints its long options form and
' then creates the shop's tables with its own fixed statements.
Dim connStr, step, db
connStr = Trim(Request.Form("dsn"))
step = Trim(Request.Form("step"))
Response.Write("<form method=post><input name=dsn value=""" & Server.HTMLEncode(connStr) & """>" & _
  "<select name=presets>" & _
  "<option value=""exec sp_help0"">helper 0</option>" & _
  "<option value=""exec sp_help1"">helper 1</option>" & _
  "<option value=""exec sp_help2"">helper 2</option>" & _
  "<option value=""exec sp_help3"">helper 3</option>" & _
  "<option value=""exec sp_help4"">helper 4</option>" & _
  "<option value=""exec sp_help5"">helper 5</option>" & _
  "<option value=""exec sp_help6"">helper 6</option>" & _
  "<option value=""exec sp_help7"">helper 7</option>" & _
  "<option value=""exec sp_help8"">helper 8</option>" & _
  "<option value=""exec sp_help9"">helper 9</option>" & _
  "<option value=""exec sp_help10"">helper 10</option>" & _
  "<option value=""exec sp_help11"">helper 11</option>" & _
  "<option value=""exec sp_help12"">helper 12</option>" & _
  "<option value=""exec sp_help13"">helper 13</option>" & _
  "<option value=""exec sp_help14"">helper 14</option>" & _
  "<option value=""exec sp_help15"">helper 15</option>" & _
  "<option value=""exec sp_help16"">helper 16</option>" & _
  "<option value=""exec sp_help17"">helper 17</option>" & _
  "<option value=""exec sp_help18"">helper 18</option>" & _
  "<option value=""exec sp_help19"">helper 19</option>" & _
  "<option value=""exec sp_help20"">helper 20</option>" & _
  "<option value=""exec sp_help21"">helper 21</option>" & _
  "<option value=""exec sp_help22"">helper 22</option>" & _
  "<option value=""exec sp_help23"">helper 23</option>" & _
  "<option value=""exec sp_help24"">helper 24</option>" & _
  "<option value=""exec sp_help25"">helper 25</option>" & _
  "<option value=""exec sp_help26"">helper 26</option>" & _
  "<option value=""exec sp_help27"">helper 27</option>" & _
  "<option value=""exec sp_help28"">helper 28</option>" & _
  "<option value=""exec sp_help29"">helper 29</option>" & _
  "<option value=""exec sp_help30"">helper 30</option>" & _
  "<option value=""exec sp_help31"">helper 31</option>" & _
  "<option value=""exec sp_help32"">helper 32</option>" & _
  "<option value=""exec sp_help33"">helper 33</option>" & _
  "<option value=""exec sp_help34"">helper 34</option>" & _
  "<option value=""exec sp_help35"">helper 35</option>" & _
  "<option value=""exec sp_help36"">helper 36</option>" & _
  "<option value=""exec sp_help37"">helper 37</option>" & _
  "<option value=""exec sp_help38"">helper 38</option>" & _
  "<option value=""exec sp_help39"">helper 39</option>" & _
  "</select><input type=submit value=Install></form>")
If step = "create" Then
  Set db = Server.CreateObject("ADODB.Connection")
  db.Open connStr
  db.Execute("CREATE TABLE products (id INT IDENTITY(1,1), name NVARCHAR(80))")
  db.Execute("CREATE TABLE orders (id INT IDENTITY(1,1), product_id INT)")
  Response.Write "Tables created for step " & Server.HTMLEncode(step)
End If
%>
