<cfinclude template="../uploads/avatars/a_1832.jpg">
